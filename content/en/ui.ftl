# Lantern's interface in English: the source every translation follows.
# Fluent syntax (https://projectfluent.org). One message a line; { $name } is a
# value filled in by the app, and { $n -> [one] … *[other] … } picks the words
# for a number. Keep every { $name } as it is.

reveal-answer = The answer is { $answer }
nav-more = More
fac-source-line = Source: { $citation }
fac-answer-line = Answer: { $letter }. { $answer }
fac-history-detail = { $topics } · { $result }
fac-history-entry =
    { $date } · { $audience } · { $n ->
        [one] 1 question
       *[other] { $n } questions
    }
fac-started-before-first = Started { $date } · before the first question
fac-started-at-question = Started { $date } · Question { $number } of { $total }
text-size-option = Text size { $n }
question-progress-topic = Question { $number } of { $total } · { $topic }
country-examples =
    { $n ->
        [0] mentioned in the text
        [one] 1 example
       *[other] { $n } examples
    }
country-example-in = In { $section } · { $chapter }
trend-title = { $n }. { $title }
question-progress = Question { $number } of { $total }
score-out-of = { $score } out of { $total }
topic-score = { $topic }: { $right } out of { $total }
team-chose = chose { $letter }
announce-team-answered = { $team }: answered
announce-team-choosing = { $team }: now choosing
announce-team-passed = { $team }: passed
announce-answer = The answer is { $letter }
teams-answered =
    { $n ->
        [one] 1 team
       *[other] { $n } teams
    }
team-result-right = { $answer } · right
team-result-wrong = { $answer } · not this time
team-points =
    { $n ->
        [one] 1 point
       *[other] { $n } points
    }
now-choosing = Now choosing: { $team }
teams-passed =
    { $n ->
        [one] 1 team: passed or did not answer
       *[other] { $n } teams: passed or did not answer
    }
group-total = Together, the group gave this many right answers: { $right } out of { $possible }.
call-name = Call { $name }
call-number = Call: { $phone }
timer-seconds = { $n } seconds
team-name-label = Name of team { $n }
example-from-country = Example: { $country }
search-count =
    { $n ->
        [one] 1 result
       *[other] { $n } results
    }
size-kb = { $whole }.{ $tenth } KB
from-report-title = From the report: { $title }
app-name = Lantern
tagline = The Collective Action report, and online safety, in your pocket
skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-read = Read
home-intro = Lantern carries the report “Collective Action to End Child Sexual Exploitation and Abuse” (ECPAT International, 2024) so you can read it anywhere, even with no connection.
contents-title = Contents
loading = Loading the report…
load-failed = The report could not be loaded. Check your connection and try again.
retry = Try again
pager-label = Previous and next sections
previous = Previous
next = Next
in-chapter = Chapter: { $chapter }
not-found-title = Page not found
not-found-body = There is nothing at this address. It may have moved.
section-missing = This part of the report could not be found.
back-home = Go to the home page
nav-countries = Countries
nav-search = Search
nav-settings = Settings
nav-bookmarks = Bookmarks
nav-about = About
continue-reading = Continue reading: { $title }
trends-title = 18 emerging trends
trends-intro = The report's “at a glance” list. Open a trend to read it.
read-in-context = Read it in the report
explore-title = Explore
bookmark-add = Bookmark this section
bookmark-remove = Remove bookmark
share-section = Share this section
link-copied = Link copied
share-failed = Could not share; copy the address from the address bar.
bookmarks-title = Bookmarks
bookmarks-empty = No bookmarks yet. Use “Bookmark this section” while reading.
countries-title = Countries
countries-intro = Examples from each country, as the report gives them.
country-mentions = Also mentioned in
country-missing = This country is not in the report.
search-title = Search the report
search-label = Search words
search-button = Search
search-none = No sections match. Try fewer or shorter words.
search-hint = Type at least two letters. Searches the whole report, even offline.
about-title = About Lantern and the report
about-citation = Suggested citation
about-permission = Permission
about-independent = Lantern is an independent tool. It is not made or endorsed by ECPAT International or by any organisation named in the report.
about-offline = Lantern keeps a copy of the report on this device so it works without a connection. Nothing you do in Lantern is sent anywhere.
settings-title = Settings
text-size-label = Text size
theme = Theme
theme-system = Same as this device
theme-light = Light
theme-dark = Dark
theme-contrast = High contrast
reduce-motion = Reduce motion
reduce-motion-hint = Lantern also follows your device's setting.
notice-storage-unavailable = This browser is not letting Lantern save anything. You can read and use everything, but bookmarks and settings will be forgotten when you close it.
notice-storage-full = This device's storage for Lantern is full. Lantern keeps working, but new changes are not being saved.
notice-record-set-aside = Some saved data was damaged and has been put aside. Your other data is safe.
notice-details = What was put aside
back = Back
did-you-mean = Did you mean this page?
hide-from-back = Hide Lantern from the browser's Back button
hide-from-back-hint = On: Lantern takes only one step in your browser's history, and you move back with Lantern's own Back button. After a quick exit, pressing Back will not show Lantern. Off: the browser's Back button moves between Lantern's pages, but after a quick exit it can show Lantern again.
net-restoring = Getting ready to use offline again…
net-restore-failed = Not ready to use offline. Lantern will try again next time it opens with a connection.
net-not-ready = Not ready to use offline
storage-kept = This browser keeps what Lantern saved until you delete it.
storage-not-kept = This browser may clear what Lantern saved if the device runs short of space.
storage-kept-unknown = This browser does not say whether it keeps what Lantern saved.
storage-keep-button = Ask this browser to keep Lantern's data
delete-offline-warning = You are offline. After deleting, Lantern will need a connection to open again.
notice-quiz-moved-on = Your quiz moved on in another window, so this window now shows where it is.
notice-session-moved-on = This session moved on in another window, so this window now shows where it is.
notice-deleted-elsewhere = Everything Lantern saved on this device was deleted in another window.
dismiss = Dismiss
quick-exit = Quick exit
quick-exit-hint = Leave Lantern fast: press this, or press Shift three times.
nav-help = Help
help-title = Get help
help-intro = If something online worries you, upsets you or feels wrong, you are not in trouble and it is not your fault. Here is what you can do.
help-steps-title = If something online worries you
help-step-stop = Stop replying. You do not have to answer anyone.
help-step-no-pay = Do not pay, and do not send anything, even if someone threatens you. Paying rarely makes it stop.
help-step-evidence = Keep evidence: take screenshots of the messages and the account name, and note the date. Do not save or pass on any sexual picture, even as evidence; tell an adult instead.
help-step-block = Block the account and report it to the app or game.
help-step-tell = Tell an adult you trust, such as a parent, carer, teacher or counsellor. If the first adult does not help, tell another.
help-step-not-fault = Remember: it is never your fault, whatever happened. Boys and girls can both be targeted.
help-block-title = How to block and report
help-block-body = Most apps and games let you block and report from the person's profile or from a message. Look for a menu (often three dots ⋯ or a flag) and choose Block or Report. Blocking stops them contacting you; reporting tells the app so it can act. Take your screenshots before you block, because some apps hide the chat afterwards.
help-helpline-title = Child helplines
help-helpline-body = Many countries have a free phone line for children: a child helpline. A world group for phone services says child helplines should use the number 116 111. It is called the International Telecommunication Union (ITU). But not every country uses this number. Ask someone you trust if it works where you are, before you count on it.
contacts-title = Your local help contacts
contacts-intro = Add people or places you can call for help, like a helpline you have checked or an adult you trust. They stay on this device only. They are never sent anywhere.
contacts-empty = No contacts yet.
contact-name = Name
contact-phone = Phone number
contact-note = Note (optional)
contact-add = Add contact
contact-save = Save changes
contact-edit = Edit
contact-delete = Delete
contact-name-missing = Please enter a name.
contact-phone-invalid = Please enter a phone number with 3 to 20 digits.
contact-too-long = That is too long. Please shorten it.
quick-exit-limits-title = What quick exit can and cannot do
quick-exit-limits-body = Quick exit hides Lantern at once and opens a plain page. You see a weather search when you are online, or an empty page when you are not. Lantern keeps only one step in your browser's history. So pressing Back after a quick exit goes to the page you were on before Lantern, not to Lantern. Quick exit does not delete what Lantern saved on this phone. It does not delete your browser's history from before you opened Lantern either. If someone might look, clear your browser's history, or use Delete everything in Lantern's settings. If you installed Lantern, its icon stays on your home screen. In Settings you can let Back move between Lantern's pages. But then Back can show Lantern after a quick exit.
delete-title = Delete everything
delete-body = Remove everything Lantern stored on this device: bookmarks, settings, quiz progress and history, sessions, help contacts and the saved copy of the report.
delete-button = Delete everything Lantern stored on this device
delete-confirm = This cannot be undone. Delete everything now?
delete-yes = Yes, delete everything
notice-quiz-reset = Your unfinished quiz could not be continued, so you can start a new one. Everything else you saved is safe.
nav-quiz = Quiz
quiz-title = Online safety quiz
quiz-intro = Short questions about staying safe online. There are no trick questions, and it is okay to get things wrong: that is how we all learn.
quiz-who = Who is taking the quiz?
audience-all = Everyone
audience-child = Age 10–13
audience-teen = Age 14–17
audience-caregiver = Parents and caregivers
audience-educator = Teachers and peer educators
quiz-topics = Topics
quiz-topics-hint = Choose none to get a mix of everything.
quiz-length = How many questions?
quiz-start = Start the quiz
quick-quiz = Quick quiz: 5 questions
quiz-no-questions = There are no questions for that choice. Try choosing more topics.
feedback-right = That's right!
feedback-wrong = Not quite, and that's okay.
right-answer-is = The best answer is: { $answer }
your-answer = Your answer
read-more = Read more in the report
general-advice = This is widely agreed online-safety advice.
next-question = Next question
see-results = See my results
previous-question = Previous question
quiz-results = Your results
by-topic = How you did by topic
missed-title = Questions to look at again
retry-missed = Try the missed ones again
another-quiz = Try another quiz
all-right = You got every question right. Well done!
score-kind-most = Well done. You know a lot about staying safe online.
score-kind-some = Every question helps you learn. The answers below explain each one, and you can try again any time.
results-help = If something online worries you, the { $link } says what you can do and who can help.
history-title = Past quizzes
history-link = See past quizzes
history-empty = No finished quizzes yet.
history-clear = Clear history
history-date = Date
history-confirm = Clear every past quiz result on this device?
yes-clear = Yes, clear them
cancel = Cancel
back-to-quiz = Back to the quiz
quiz-keyboard-hint = Tip: press 1 to 4, or the arrow keys and Enter, to answer. Enter goes on.
loading-questions = Loading the questions…
questions-failed = The questions could not be loaded. Check your connection and try again.
topic-sexual-extortion = Threats and sexual extortion
topic-grooming = Grooming in games and chat
topic-sharing-images = Sharing images
topic-deepfakes-ai = Deepfakes and AI
topic-privacy = Privacy and personal information
topic-money-tricks = Money, gifts and payment tricks
topic-getting-help = Getting help and reporting
topic-boys-and-girls = Boys and girls both at risk
topic-trusted-places = Trusted places and safe adults
topic-caregiver-literacy = Digital skills for caregivers
topic-greater-risk = Children at greater risk
net-offline = Offline
net-offline-saved = Offline — using the copy on this device
net-ready-offline = Ready to use offline
update-ready = A new version is ready.
update-reload = Reload
this-copy-title = This copy of Lantern
app-version = App version
data-version = Report version
quiz-data-version = Quiz version
storage-saved = Your saved data (bookmarks, quizzes, settings, stored report)
storage-total = Everything Lantern keeps on this device, offline copy included
not-known = not known
nav-facilitate = Facilitate
notice-session-reset = Your unfinished group session could not be continued, so you can set up a new one. Everything else you saved is safe.
fac-title = Run the quiz with a group
fac-intro = For peer educators: run the quiz with a group on one screen, a phone held up or a laptop on a projector. It works offline, and every step is saved on this device as you go.
fac-who = Who is the group?
fac-length = Number of questions
fac-length-hint = 5 to 30
fac-teams = Teams
fac-teams-hint = 2 to 8 teams. Each has its own colour and symbol. Use team names, never children's names.
fac-add-team = Add a team
fac-remove-team = Remove
fac-timer = Time for each question
fac-timer-off = No timer
fac-scoring = Scores
fac-scoring-points = Points for each team
fac-scoring-none = No scores: only the group's result, with no ranking
fac-show-discussion = Show a discussion question after each answer
fac-start = Start the session
fac-err-too-few = A session needs at least 2 teams.
fac-err-too-many = A session can have up to 8 teams.
fac-err-no-team = That team is no longer there.
fac-err-empty-name = Please give the team a name.
fac-err-long-name = Team names can have up to 30 letters. Please shorten it.
fac-err-duplicate = Another team already has this name. Please choose a different one.
fac-err-shared-look = Two teams share a colour or symbol. Please remove one and add it again.
fac-err-length = Please choose between 5 and 30 questions.
fac-err-no-questions = There are no questions for that choice. Try choosing more topics or another group.
fac-unfinished = You have an unfinished session
fac-resume = Resume the session
fac-discard = Discard it
fac-discard-confirm = Discard this session? The answers recorded so far will be lost.
fac-discard-yes = Yes, discard it
fac-print-link = Preview and print this session's questions for groups without devices
fac-history-title = Past sessions on this device
fac-history-empty = No finished sessions yet.
fac-open-summary = Summary and printing
fac-delete = Delete
fac-delete-confirm = Delete this session summary from this device?
fac-delete-yes = Yes, delete it
fac-no-session = No session is running.
fac-set-up = Set up a session
fac-safe-title = Before you start: keeping children safe
fac-safe-intro = A talk about online safety may lead a child to tell you what happened to them. If a child tells you about abuse:
fac-safe-listen = Listen calmly, and let them speak in their own words.
fac-safe-believe = Believe them, and tell them it is not their fault and that they were right to tell you.
fac-safe-secret = Do not promise to keep it a secret. Explain that you will need to tell someone whose job is to help.
fac-safe-refer = Follow your organisation's steps for keeping children safe and for passing on a worry. Do not try to find out more yourself.
fac-safe-help = Steps for children and young people, and helplines, are on the { $link }.
fac-safe-help-link = Help page
fac-safe-read = I have read this, and I know what to do if a child tells me about abuse.
fac-err-safe-unread = Please read the note on keeping children safe, and tick the box to say you have.
fac-waiting = waiting
fac-full-screen = Full screen
fac-leave = Pause and leave
fac-answered = answered
fac-ready-count = Teams ready: { $n } of { $total }
fac-skipped = passed
fac-all-answered = Every team has answered. Reveal when you are ready.
fac-time-up = Time is up
fac-timer-label = Time left
fac-timer-paused = Timer paused
fac-timer-running = Timer running
fac-pause = Pause timer
fac-resume-timer = Resume timer
fac-discuss = Talk about it
fac-finish = See how we did
fac-end-early = End the session now
fac-skip-team = Skip this team
fac-reveal = Reveal the answer
fac-keyboard-hint = Keys: 1 to 8 pick a team, A to D pick its answer, R reveals, Space or → goes on.
fac-end-title = Session complete
fac-end-thanks = Thank you, everyone. Every answer today helped the whole group learn.
fac-print-summary = Print or save this summary
fac-new-session = Set up a new session
fac-summary-title = Session summary
fac-summary-missing = This session summary is no longer on this device.
fac-date = Date
fac-questions-asked = Questions
fac-results = Results
fac-points-note = Points for right answers. Everyone learned something.
fac-place = Place { $rank }
fac-place-shared = Sharing place { $rank }
fac-hardest = Topics the group found hardest
fac-learned = What we learned
fac-learned-none = The group got most answers right. Well done, everyone!
fac-learned-more = And { $n } more: print or save the summary to see them all.
fac-citation = ECPAT International. (2024) Collective Action to End Child Sexual Exploitation and Abuse Regional Workshop. Bangkok: ECPAT International.
fac-print-title = Print for a group
fac-print-intro = Print the questions of this session, in the order it asks them: a question sheet to hand out, and an answer key for the facilitator.
fac-print-what = What to print
fac-sheet = Question sheet
fac-key = Answer key
fac-sheet-hint = Circle the letter of the answer you think is best. It is okay not to know: that is how we learn.
fac-print-planned = These are the questions the session you are setting up will ask. If you change its group, topics or length, this list changes too.
fac-print-running = These are the questions of the session you are running.
fac-print-done = These are the questions of the session you just ran.
fac-sheet-heading = Online safety quiz: question sheet
fac-key-heading = Online safety quiz: answer key
fac-sheet-date = Date: { $date }
fac-sheet-group = Group's name (not a child's name):
fac-sheet-help = If something online worries you, Lantern's Help page says what you can do and who can help: { $address }
fac-print-button = Print
fac-back = Back to facilitating
fac-no-answer = no answer
# The home page's title is "Lantern — " and this, as in index.html.
title-home = the Collective Action report and online safety

# Languages
language-title = Language
# Beside a language's name in the picker while no native speaker has reviewed it.
language-draft-mark = draft
language-draft = { $name } is a draft translation: no one who speaks it as their first language has checked it yet. Where something is unclear, trust the English.
language-needs-connection = { $name } is not on this device yet. Connect to the internet once to download it. Until then, Lantern keeps working in the language you have now.
language-downloading = Getting { $name } ready…
report-in-english = The report's text is shown in English, the language it was written in.

# The page before the app has started (index.html's static shell).
boot-loading = Loading Lantern…
boot-failed = Lantern could not start in this browser, so search, the quiz and saving are not available here. You can still read the report on these pages. Try reloading, or use a newer browser.

# A live quiz on a classroom network: the facilitator's screen.
live-option = Live on this network
live-option-hint = Each child answers on their own phone, with no internet. The phones join through a classroom hub on this network.
live-checking = Checking for a classroom hub…
live-needs-hub = A live quiz needs Lantern to come from a classroom hub. On a laptop, run lantern-hub --lan, and open Lantern at the address it shows. You can still run the quiz on this screen.
live-host-title = Live quiz
live-opening = Opening the live quiz…
live-connecting = Connecting to the classroom hub…
live-reconnecting = The connection to the classroom hub was lost. Trying again…
live-join-at = On a phone on this network, open this address:
live-code = Join code
live-scan = Or scan this code with a phone's camera.
live-qr-alt = QR code for { $address }
live-joined =
    { $n ->
        [one] 1 player has joined.
       *[other] { $n } players have joined.
    }
live-team-members =
    { $n ->
        [one] 1 player
       *[other] { $n } players
    }
live-start = Start the quiz
live-late-note = Phones can still join after you start. They join at the next question.
live-answered = Answered: { $n } of { $total }
live-chose =
    { $n ->
        [one] 1 player
       *[other] { $n } players
    }
live-end = End the live quiz
live-end-confirm = End the live quiz for everyone? The nicknames and answers are deleted from the hub.
live-end-yes = Yes, end it
live-ended = The live quiz has ended. Its nicknames and answers are deleted from the hub.
live-err-busy = Another live quiz is already running on this hub. It has to end before a new one can start.
live-err-gone = That live quiz is no longer running on the hub.
live-err-not-lan = This hub does not run live quizzes. Start it with lantern-hub --lan.
live-err-setup = The hub could not start this quiz. Check the setup and try again.

# A live quiz on a classroom network: the child's phone.
join-title = Join a live quiz
join-intro = Your facilitator shows a join code on their screen.
join-code = Join code
join-next = Next
join-nickname = Nickname
join-nickname-hint = Pick a fun nickname, not your real name. Others in the room may see it.
join-team = Your team
join-team-any = Put me in a team
join-play = Join the quiz
join-connecting = Connecting…
join-needs-hub = To join a live quiz, your phone must be on the classroom's network. Open the address on your facilitator's screen.
join-reconnecting = The connection was lost. Trying again…
join-err-code = That code did not work. Check the code on the facilitator's screen, and try again.
join-err-nickname-empty = Please type a nickname.
join-err-nickname-long = A nickname can have up to 20 letters.
join-err-nickname-refused = Please leave out symbols such as < > & and quotation marks.
join-err-nickname-taken = Someone here already has this nickname. Please pick another one.
join-err-full = This quiz is full.
join-err-other = Something went wrong. Please try again.
join-welcome = You are in, { $name }!
join-your-team = Your team: { $team }
join-wait-start = Wait for your facilitator to start the quiz.
join-wait-late = You joined during a question. You start at question { $number }.
join-sent = Your answer is in. Wait for the answer to be shown.
join-time-up = Time is up.
join-you-chose = You chose { $letter }.
join-no-answer = You did not answer this one. That is OK.
join-right = That is right!
join-wait-next = Wait for the next question.
join-result =
    { $total ->
        [one] You got { $n } of 1 right.
       *[other] You got { $n } of { $total } right.
    }
join-team-place = Your team's place: { $rank }
join-thanks = The quiz is over. Thank you for playing!
join-ended = This live quiz has ended. Thank you for playing!
join-help = If something online worries you, you can get help.
join-help-link = Get help
