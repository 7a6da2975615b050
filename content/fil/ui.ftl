# Lantern's interface in Filipino (translated from the English source ui.ftl).
# Fluent syntax (https://projectfluent.org). One message a line; { $name } is a
# value filled in by the app. Filipino has the plural categories "one" and
# "other", and English's selections are kept. In Filipino, "one" is not only 1:
# it also covers 2, 3, 5, 7, 8, 10, 11 and more (CLDR), so every [one] variant
# shows { $n }, never a written "1". Nouns do not change with the number.
# Keep every { $name } as it is.

reveal-answer = Ang sagot ay { $answer }
nav-more = Iba pa
fac-source-line = Pinagkunan: { $citation }
fac-answer-line = Sagot: { $letter }. { $answer }
fac-history-detail = { $topics } · { $result }
fac-history-entry =
    { $date } · { $audience } · { $n ->
        [one] { $n } tanong
       *[other] { $n } tanong
    }
fac-started-before-first = Sinimulan noong { $date } · bago ang unang tanong
fac-started-at-question = Sinimulan noong { $date } · Tanong { $number } sa { $total }
text-size-option = Laki ng letra { $n }
question-progress-topic = Tanong { $number } sa { $total } · { $topic }
country-examples =
    { $n ->
        [0] nabanggit sa teksto
        [one] { $n } halimbawa
       *[other] { $n } halimbawa
    }
country-example-in = Sa { $section } · { $chapter }
trend-title = { $n }. { $title }
question-progress = Tanong { $number } sa { $total }
score-out-of = { $score } sa { $total }
topic-score = { $topic }: { $right } sa { $total }
team-chose = pinili ang { $letter }
announce-team-answered = { $team }: sumagot na
announce-team-choosing = { $team }: sila na ang pumipili
announce-team-passed = { $team }: lumaktaw
announce-answer = Ang sagot ay { $letter }
teams-answered =
    { $n ->
        [one] { $n } team
       *[other] { $n } team
    }
team-result-right = { $answer } · tama
team-result-wrong = { $answer } · hindi pa sa ngayon
team-points =
    { $n ->
        [one] { $n } puntos
       *[other] { $n } puntos
    }
now-choosing = Pumipili ngayon: { $team }
teams-passed =
    { $n ->
        [one] { $n } team: lumaktaw o hindi sumagot
       *[other] { $n } team: lumaktaw o hindi sumagot
    }
group-total = Sama-sama, ganito karami ang tamang sagot ng grupo: { $right } sa { $possible }.
call-name = Tawagan: { $name }
call-number = Tawagan: { $phone }
timer-seconds = { $n } segundo
team-name-label = Pangalan ng team { $n }
example-from-country = Halimbawa: { $country }
search-count =
    { $n ->
        [one] { $n } resulta
       *[other] { $n } resulta
    }
size-kb = { $whole }.{ $tenth } KB
from-report-title = Mula sa ulat: { $title }
app-name = Lantern
tagline = Ang ulat na Collective Action, at kaligtasan online, nasa bulsa mo
skip-to-content = Pumunta sa nilalaman
nav-label = Pangunahin
nav-home = Home
nav-read = Basahin
home-intro = Dala ng Lantern ang ulat na “Collective Action to End Child Sexual Exploitation and Abuse” (Sama-samang Pagkilos para Wakasan ang Sekswal na Pagsasamantala at Pang-aabuso sa mga Bata; ECPAT International, 2024) para mabasa mo ito kahit saan, kahit walang koneksyon.
contents-title = Mga nilalaman
loading = Nilo-load ang ulat…
load-failed = Hindi ma-load ang ulat. Tingnan ang koneksyon mo at subukang muli.
retry = Subukang muli
pager-label = Nakaraan at susunod na bahagi
previous = Nakaraan
next = Susunod
in-chapter = Kabanata: { $chapter }
not-found-title = Hindi makita ang pahina
not-found-body = Walang laman ang address na ito. Baka nailipat na ito.
section-missing = Hindi makita ang bahaging ito ng ulat.
back-home = Pumunta sa home page
nav-countries = Mga bansa
nav-search = Maghanap
nav-settings = Settings
nav-bookmarks = Mga bookmark
nav-about = Tungkol dito
continue-reading = Ituloy ang pagbasa: { $title }
trends-title = 18 umuusbong na trend
trends-intro = Ang listahang “Sa isang tingin” ng ulat. Magbukas ng isang trend para basahin ito.
read-in-context = Basahin ito sa ulat
explore-title = Tuklasin
bookmark-add = I-bookmark ang bahaging ito
bookmark-remove = Alisin ang bookmark
share-section = I-share ang bahaging ito
link-copied = Nakopya ang link
share-failed = Hindi ma-share; kopyahin ang address mula sa address bar.
bookmarks-title = Mga bookmark
bookmarks-empty = Wala pang bookmark. Gamitin ang “I-bookmark ang bahaging ito” habang nagbabasa.
countries-title = Mga bansa
countries-intro = Mga halimbawa mula sa bawat bansa, ayon sa ulat.
country-mentions = Nabanggit din sa
country-missing = Wala sa ulat ang bansang ito.
search-title = Maghanap sa ulat
search-label = Mga salitang hahanapin
search-button = Hanapin
search-none = Walang bahaging tugma. Subukan ang mas kaunti o mas maiikling salita.
search-hint = Mag-type ng hindi bababa sa dalawang letra. Hinahanap nito ang buong ulat, kahit offline.
about-title = Tungkol sa Lantern at sa ulat
about-citation = Iminumungkahing pagsipi
about-permission = Pahintulot
about-independent = Ang Lantern ay isang hiwalay na tool. Hindi ito gawa o iniendorso ng ECPAT International o ng alinmang organisasyong nabanggit sa ulat.
about-offline = May kopya ng ulat ang Lantern sa device na ito kaya gumagana ito kahit walang koneksyon. Hindi ipinapadala kahit saan ang anumang ginagawa mo sa Lantern.
settings-title = Settings
text-size-label = Laki ng letra
theme = Tema
theme-system = Katulad ng device na ito
theme-light = Maliwanag
theme-dark = Madilim
theme-contrast = Mataas na contrast
reduce-motion = Bawasan ang galaw
reduce-motion-hint = Sinusunod din ng Lantern ang setting ng device mo.
notice-storage-unavailable = Hindi pinapayagan ng browser na ito ang Lantern na mag-save ng kahit ano. Mababasa at magagamit mo ang lahat, pero mawawala ang mga bookmark at setting kapag isinara mo ito.
notice-storage-full = Puno na ang storage ng device na ito para sa Lantern. Gumagana pa rin ang Lantern, pero hindi na nase-save ang mga bagong pagbabago.
notice-record-set-aside = May ilang naka-save na data na nasira kaya itinabi muna. Ligtas ang iba mo pang data.
notice-details = Ano ang itinabi
back = Bumalik
did-you-mean = Ito ba ang pahinang hinahanap mo?
hide-from-back = Itago ang Lantern sa Back button ng browser
hide-from-back-hint = On: isang hakbang lang ang ginagamit ng Lantern sa history ng browser mo, at bumabalik ka gamit ang sariling button na Bumalik ng Lantern. Pagkatapos ng Umalis agad, hindi ipapakita ang Lantern kapag pinindot ang Back. Off: lumilipat ang Back button ng browser sa pagitan ng mga pahina ng Lantern, pero pagkatapos ng Umalis agad, puwede nitong ipakita ulit ang Lantern.
net-restoring = Inihahanda ulit para magamit offline…
net-restore-failed = Hindi pa handang gamitin offline. Susubukan ulit ng Lantern sa susunod na mabuksan ito nang may koneksyon.
net-not-ready = Hindi pa handang gamitin offline
storage-kept = Itatago ng browser na ito ang na-save ng Lantern hanggang burahin mo ito.
storage-not-kept = Puwedeng burahin ng browser na ito ang na-save ng Lantern kapag nauubusan ng space ang device.
storage-kept-unknown = Hindi sinasabi ng browser na ito kung itatago nito ang na-save ng Lantern.
storage-keep-button = Hilingin sa browser na ito na itago ang data ng Lantern
delete-offline-warning = Offline ka ngayon. Pagkatapos magbura, kakailanganin ng Lantern ng koneksyon para mabuksan ulit.
notice-quiz-moved-on = Umusad na ang quiz mo sa ibang window, kaya ipinapakita na ng window na ito kung nasaan na ito.
notice-session-moved-on = Umusad na ang session na ito sa ibang window, kaya ipinapakita na ng window na ito kung nasaan na ito.
notice-deleted-elsewhere = Binura sa ibang window ang lahat ng na-save ng Lantern sa device na ito.
dismiss = Isara
quick-exit = Umalis agad
quick-exit-hint = Mabilis na umalis sa Lantern: pindutin ito, o pindutin ang Shift nang tatlong beses.
nav-help = Tulong
help-title = Humingi ng tulong
help-intro = Kung may bagay online na nakakapag-alala sa iyo, nakakasama ng loob mo, o pakiramdam mo ay mali, hindi ka mapapagalitan o mapaparusahan, at hindi mo ito kasalanan. Ito ang puwede mong gawin.
help-steps-title = Kung may bagay online na nakakapag-alala sa iyo
help-step-stop = Tigilan mo na ang pag-reply. Hindi mo kailangang sagutin ang kahit sino.
help-step-no-pay = Huwag kang magbayad, at huwag kang magpadala ng kahit ano, kahit may nananakot sa iyo. Bihirang tumigil ito kapag nagbayad ka.
help-step-evidence = Magtabi ng ebidensya: kumuha ng screenshot ng mga mensahe at ng pangalan ng account, at isulat ang petsa. Huwag mag-save o magpasa ng kahit anong sekswal na litrato, kahit pang-ebidensya pa; sa halip, sabihin ito sa isang nakatatanda.
help-step-block = I-block ang account at i-report ito sa app o game.
help-step-tell = Sabihin mo sa isang nakatatandang pinagkakatiwalaan mo, tulad ng magulang, tagapag-alaga, guro o guidance counselor. Kung hindi tumulong ang unang nakatatanda, magsabi ka sa iba.
help-step-not-fault = Tandaan: kahit ano pa ang nangyari, hinding-hindi mo ito kasalanan. Puwedeng maging target ang mga bata, lalaki man o babae.
help-block-title = Paano mag-block at mag-report
help-block-body = Sa karamihan ng app at game, puwede kang mag-block at mag-report mula sa profile ng tao o mula sa isang mensahe. Hanapin ang menu (kadalasang tatlong tuldok ⋯ o isang bandila) at piliin ang Block o Report. Kapag nag-block ka, hindi ka na nila makokontak; kapag nag-report ka, sinasabihan mo ang app para may magawa ito. Kumuha muna ng mga screenshot bago ka mag-block, dahil may mga app na itinatago ang chat pagkatapos.
help-helpline-title = Mga hotline para sa mga bata
help-helpline-body = Maraming bansa ang may libreng linya ng telepono para sa mga bata: ang hotline para sa mga bata. Sinasabi ng isang pandaigdigang grupo para sa mga serbisyo ng telepono na dapat gamitin ng mga hotline para sa mga bata ang numerong 116 111. Ang tawag dito ay International Telecommunication Union (ITU). Pero hindi lahat ng bansa ay gumagamit ng numerong ito. Tanungin ang isang taong pinagkakatiwalaan mo kung gumagana ito sa lugar mo, bago ka umasa rito.
contacts-title = Mga contact mo para sa tulong sa inyong lugar
contacts-intro = Magdagdag ng mga tao o lugar na puwede mong tawagan para humingi ng tulong, tulad ng hotline na na-check mo na o isang nakatatandang pinagkakatiwalaan mo. Nasa device na ito lang sila. Hinding-hindi sila ipinapadala kahit saan.
contacts-empty = Wala pang contact.
contact-name = Pangalan
contact-phone = Numero ng telepono
contact-note = Tala (opsyonal)
contact-add = Magdagdag ng contact
contact-save = I-save ang mga pagbabago
contact-edit = I-edit
contact-delete = Burahin
contact-name-missing = Pakilagay ang pangalan.
contact-phone-invalid = Pakilagay ang numero ng telepono na may 3 hanggang 20 digit.
contact-too-long = Masyadong mahaba iyan. Pakiikliin ito.
quick-exit-limits-title = Ano ang kaya at hindi kaya ng Umalis agad
quick-exit-limits-body = Kapag pinindot mo ang Umalis agad, itinatago agad nito ang Lantern at nagbubukas ito ng simpleng pahina. Makakakita ka ng paghahanap tungkol sa lagay ng panahon kapag online ka, o ng blangkong pahina kapag hindi. Isang hakbang lang ang iniiwan ng Lantern sa history ng browser mo. Kaya kapag pinindot mo ang Back pagkatapos ng Umalis agad, mapupunta ka sa pahinang bukas bago ang Lantern, hindi sa Lantern. Hindi binubura ng Umalis agad ang na-save ng Lantern sa phone na ito. Hindi rin nito binubura ang history ng browser mo mula bago mo binuksan ang Lantern. Kung may posibleng tumingin, burahin ang history ng browser mo, o gamitin ang Burahin lahat sa settings ng Lantern. Kung in-install mo ang Lantern, mananatili ang icon nito sa home screen mo. Sa Settings, puwede mong hayaang lumipat ang Back sa pagitan ng mga pahina ng Lantern. Pero kapag ganoon, puwedeng ipakita ng Back ang Lantern pagkatapos ng Umalis agad.
delete-title = Burahin lahat
delete-body = Burahin ang lahat ng itinago ng Lantern sa device na ito: mga bookmark, settings, progreso at history ng quiz, mga session, mga contact para sa tulong, at ang naka-save na kopya ng ulat.
delete-button = Burahin ang lahat ng itinago ng Lantern sa device na ito
delete-confirm = Hindi na ito maibabalik. Burahin lahat ngayon?
delete-yes = Oo, burahin lahat
notice-quiz-reset = Hindi na maituloy ang quiz mong hindi pa tapos, kaya puwede kang magsimula ng bago. Ligtas ang lahat ng iba mo pang na-save.
nav-quiz = Quiz
quiz-title = Quiz tungkol sa kaligtasan online
quiz-intro = Maiikling tanong tungkol sa pag-iingat online. Walang trick question, at okay lang magkamali: ganyan tayong lahat natututo.
quiz-who = Sino ang sasagot sa quiz?
audience-all = Lahat
audience-child = Edad 10–13
audience-teen = Edad 14–17
audience-caregiver = Mga magulang at tagapag-alaga
audience-educator = Mga guro at peer educator
quiz-topics = Mga paksa
quiz-topics-hint = Kapag wala kang pinili, makakakuha ka ng halo ng lahat.
quiz-length = Ilang tanong?
quiz-start = Simulan ang quiz
quick-quiz = Mabilisang quiz: 5 tanong
quiz-no-questions = Walang tanong para sa piniling iyan. Subukang pumili ng mas maraming paksa.
feedback-right = Tama ka!
feedback-wrong = Hindi pa tama, at okay lang iyan.
right-answer-is = Ang pinakamagandang sagot: { $answer }
your-answer = Ang sagot mo
read-more = Magbasa pa sa ulat
general-advice = Ito ay payo sa kaligtasan online na sinasang-ayunan ng marami.
next-question = Susunod na tanong
see-results = Tingnan ang resulta ko
previous-question = Nakaraang tanong
quiz-results = Ang resulta mo
by-topic = Ang resulta mo sa bawat paksa
missed-title = Mga tanong na babalikan
retry-missed = Subukan ulit ang mga hindi nakuha
another-quiz = Sumubok ng ibang quiz
all-right = Tama lahat ng sagot mo. Ang galing mo!
score-kind-most = Magaling. Marami kang alam tungkol sa pag-iingat online.
score-kind-some = Bawat tanong ay tumutulong sa iyong matuto. Ipinapaliwanag ng mga sagot sa ibaba ang bawat isa, at puwede kang sumubok ulit kahit kailan.
results-help = Kung may bagay online na nakakapag-alala sa iyo, sinasabi ng { $link } kung ano ang puwede mong gawin at kung sino ang makakatulong.
history-title = Mga nakaraang quiz
history-link = Tingnan ang mga nakaraang quiz
history-empty = Wala pang natapos na quiz.
history-clear = Burahin ang history
history-date = Petsa
history-confirm = Burahin ang lahat ng resulta ng mga nakaraang quiz sa device na ito?
yes-clear = Oo, burahin
cancel = Kanselahin
back-to-quiz = Bumalik sa quiz
quiz-keyboard-hint = Tip: pindutin ang 1 hanggang 4, o ang mga arrow key at Enter, para sumagot. Enter para tumuloy.
loading-questions = Nilo-load ang mga tanong…
questions-failed = Hindi ma-load ang mga tanong. Tingnan ang koneksyon mo at subukang muli.
topic-sexual-extortion = Pananakot at sekswal na pangingikil (sextortion)
topic-grooming = Grooming (pakikipaglapit sa bata para abusuhin siya) sa mga game at chat
topic-sharing-images = Pag-share ng mga litrato
topic-deepfakes-ai = Deepfake at AI
topic-privacy = Privacy at personal na impormasyon
topic-money-tricks = Pera, regalo at mga panloloko sa pagbabayad
topic-getting-help = Paghingi ng tulong at pag-report
topic-boys-and-girls = Parehong nasa panganib ang mga batang lalaki at babae
topic-trusted-places = Mga lugar na mapagkakatiwalaan at mga ligtas na nakatatanda
topic-caregiver-literacy = Kaalamang digital para sa mga tagapag-alaga
topic-greater-risk = Mga batang mas nasa panganib
net-offline = Offline
net-offline-saved = Offline — ginagamit ang kopya sa device na ito
net-ready-offline = Handa nang gamitin offline
update-ready = May bagong bersyon na.
update-reload = I-reload
this-copy-title = Ang kopyang ito ng Lantern
app-version = Bersyon ng app
data-version = Bersyon ng ulat
quiz-data-version = Bersyon ng quiz
storage-saved = Ang naka-save mong data (mga bookmark, quiz, settings, naka-save na ulat)
storage-total = Lahat ng itinatago ng Lantern sa device na ito, kasama ang offline na kopya
not-known = hindi alam
nav-facilitate = Mag-facilitate
notice-session-reset = Hindi na maituloy ang group session mong hindi pa tapos, kaya puwede kang mag-set up ng bago. Ligtas ang lahat ng iba mo pang na-save.
fac-title = Patakbuhin ang quiz kasama ang isang grupo
fac-intro = Para sa mga peer educator: patakbuhin ang quiz kasama ang isang grupo sa iisang screen, gaya ng phone na itinataas o laptop na nakakonekta sa projector. Gumagana ito offline, at naka-save sa device na ito ang bawat hakbang habang umuusad kayo.
fac-who = Sino ang grupo?
fac-length = Bilang ng tanong
fac-length-hint = 5 hanggang 30
fac-teams = Mga team
fac-teams-hint = 2 hanggang 8 team. May sariling kulay at simbolo ang bawat isa. Gumamit ng pangalan ng team, hindi kailanman pangalan ng mga bata.
fac-add-team = Magdagdag ng team
fac-remove-team = Alisin
fac-timer = Oras para sa bawat tanong
fac-timer-off = Walang timer
fac-scoring = Mga score
fac-scoring-points = Puntos para sa bawat team
fac-scoring-none = Walang score: resulta lang ng grupo, walang ranking
fac-show-discussion = Magpakita ng tanong para sa talakayan pagkatapos ng bawat sagot
fac-start = Simulan ang session
fac-err-too-few = Kailangan ng hindi bababa sa 2 team ang isang session.
fac-err-too-many = Hanggang 8 team lang ang puwede sa isang session.
fac-err-no-team = Wala na ang team na iyan.
fac-err-empty-name = Pakibigyan ng pangalan ang team.
fac-err-long-name = Hanggang 30 letra lang ang pangalan ng team. Pakiikliin ito.
fac-err-duplicate = May ibang team na may ganitong pangalan na. Pakipili ng ibang pangalan.
fac-err-shared-look = May dalawang team na pareho ang kulay o simbolo. Pakialis ang isa at idagdag ito ulit.
fac-err-length = Pakipili ng 5 hanggang 30 tanong.
fac-err-no-questions = Walang tanong para sa piniling iyan. Subukang pumili ng mas maraming paksa o ibang grupo.
fac-unfinished = May session kang hindi pa tapos
fac-resume = Ituloy ang session
fac-discard = Itapon ito
fac-discard-confirm = Itapon ang session na ito? Mawawala ang mga sagot na naitala na.
fac-discard-yes = Oo, itapon ito
fac-print-link = Tingnan at i-print ang mga tanong ng session na ito para sa mga grupong walang device
fac-history-title = Mga nakaraang session sa device na ito
fac-history-empty = Wala pang natapos na session.
fac-open-summary = Buod at pag-print
fac-delete = Burahin
fac-delete-confirm = Burahin sa device na ito ang buod ng session na ito?
fac-delete-yes = Oo, burahin ito
fac-no-session = Walang session na tumatakbo.
fac-set-up = Mag-set up ng session
fac-safe-title = Bago ka magsimula: pag-iingat sa kaligtasan ng mga bata
fac-safe-intro = Ang usapan tungkol sa kaligtasan online ay puwedeng magtulak sa isang bata na ikuwento sa iyo ang nangyari sa kanya. Kung magkuwento sa iyo ang isang bata tungkol sa pang-aabuso:
fac-safe-listen = Makinig nang mahinahon, at hayaan siyang magkuwento sa sarili niyang mga salita.
fac-safe-believe = Paniwalaan siya, at sabihin sa kanya na hindi niya ito kasalanan at tama lang na sinabi niya ito sa iyo.
fac-safe-secret = Huwag mangakong ililihim ito. Ipaliwanag na kailangan mong sabihin ito sa isang tao na ang trabaho ay tumulong.
fac-safe-refer = Sundin ang mga hakbang ng organisasyon mo para sa kaligtasan ng mga bata at para sa pagpapaabot ng alalahanin. Huwag mong subukang alamin pa nang mag-isa ang iba pang detalye.
fac-safe-help = Nasa { $link } ang mga hakbang para sa mga bata at kabataan, at ang mga hotline.
fac-safe-help-link = pahina ng Tulong
fac-safe-read = Nabasa ko na ito, at alam ko ang gagawin kung magkuwento sa akin ang isang bata tungkol sa pang-aabuso.
fac-err-safe-unread = Pakibasa ang paalala tungkol sa kaligtasan ng mga bata, at lagyan ng tsek ang kahon para ipakitang nabasa mo na ito.
fac-waiting = naghihintay
fac-full-screen = Full screen
fac-leave = I-pause at umalis
fac-answered = sumagot na
fac-ready-count = Mga team na handa na: { $n } sa { $total }
fac-skipped = lumaktaw
fac-all-answered = Sumagot na ang lahat ng team. Ipakita ang sagot kapag handa ka na.
fac-time-up = Tapos na ang oras
fac-timer-label = Natitirang oras
fac-timer-paused = Naka-pause ang timer
fac-timer-running = Tumatakbo ang timer
fac-pause = I-pause ang timer
fac-resume-timer = Ituloy ang timer
fac-discuss = Pag-usapan natin
fac-finish = Tingnan ang resulta natin
fac-end-early = Tapusin na ang session ngayon
fac-skip-team = Laktawan ang team na ito
fac-reveal = Ipakita ang sagot
fac-keyboard-hint = Mga key: 1 hanggang 8 para pumili ng team, A hanggang D para piliin ang sagot nito, R para ipakita ang sagot, Space o → para tumuloy.
fac-end-title = Tapos na ang session
fac-end-thanks = Salamat sa inyong lahat. Nakatulong ang bawat sagot ngayong araw para matuto ang buong grupo.
fac-print-summary = I-print o i-save ang buod na ito
fac-new-session = Mag-set up ng bagong session
fac-summary-title = Buod ng session
fac-summary-missing = Wala na sa device na ito ang buod ng session na ito.
fac-date = Petsa
fac-questions-asked = Mga tanong
fac-results = Mga resulta
fac-points-note = May puntos ang mga tamang sagot. May natutunan ang lahat.
fac-place = Puwesto { $rank }
fac-place-shared = Tabla sa puwesto { $rank }
fac-hardest = Mga paksang pinakamahirap para sa grupo
fac-learned = Ang natutunan natin
fac-learned-none = Tama ang karamihan ng sagot ng grupo. Magaling, lahat kayo!
fac-learned-more = At { $n } pa: i-print o i-save ang buod para makita lahat.
fac-citation = ECPAT International. (2024) Collective Action to End Child Sexual Exploitation and Abuse Regional Workshop. Bangkok: ECPAT International.
fac-print-title = I-print para sa isang grupo
fac-print-intro = I-print ang mga tanong ng session na ito, ayon sa pagkakasunod-sunod ng pagtatanong: isang papel ng mga tanong na ipamimigay, at isang answer key para sa facilitator.
fac-print-what = Ano ang ipi-print
fac-sheet = Papel ng mga tanong
fac-key = Answer key
fac-sheet-hint = Bilugan ang letra ng sagot na sa tingin mo ay pinakamainam. Okay lang na hindi mo alam: ganyan tayo natututo.
fac-print-planned = Ito ang mga tanong na itatanong ng session na sine-set up mo. Kapag binago mo ang grupo, mga paksa o haba nito, magbabago rin ang listahang ito.
fac-print-running = Ito ang mga tanong ng session na pinapatakbo mo.
fac-print-done = Ito ang mga tanong ng session na katatapos mo lang patakbuhin.
fac-sheet-heading = Quiz tungkol sa kaligtasan online: papel ng mga tanong
fac-key-heading = Quiz tungkol sa kaligtasan online: answer key
fac-sheet-date = Petsa: { $date }
fac-sheet-group = Pangalan ng grupo (hindi pangalan ng bata):
fac-sheet-help = Kung may bagay online na nakakapag-alala sa iyo, sinasabi ng pahina ng Tulong ng Lantern kung ano ang puwede mong gawin at kung sino ang makakatulong: { $address }
fac-print-button = I-print
fac-back = Bumalik sa pag-facilitate
fac-no-answer = walang sagot
# The home page's title is "Lantern — " and this, as in index.html.
title-home = ang ulat na Collective Action at kaligtasan online

# Languages
language-title = Wika
# Beside a language's name in the picker while no native speaker has reviewed it.
language-draft-mark = draft
language-draft = Draft pa lang ang salin sa { $name }: wala pang taong lumaki sa wikang ito ang nakapagsuri nito. Kapag may hindi malinaw, ang bersyong Ingles ang sundin.
language-needs-connection = Wala pa sa device na ito ang { $name }. Kumonekta sa internet nang isang beses para ma-download ito. Habang wala pa, gagana pa rin ang Lantern sa wikang gamit mo ngayon.
language-downloading = Inihahanda ang { $name }…
report-in-english = Nasa Ingles ang teksto ng ulat, ang wikang ginamit sa pagsulat nito.

# The page before the app has started (index.html's static shell).
boot-loading = Nilo-load ang Lantern…
boot-failed = Hindi makapagsimula ang Lantern sa browser na ito, kaya hindi magagamit dito ang paghahanap, ang quiz at ang pag-save. Mababasa mo pa rin ang ulat sa mga pahinang ito. Subukang i-reload, o gumamit ng mas bagong browser.

# A live quiz on a classroom network: the facilitator's screen.
live-option = Sabayang quiz sa network na ito
live-option-hint = Sumasagot ang bawat bata sa sarili niyang phone, nang walang internet. Sumasali ang mga phone sa pamamagitan ng hub ng klase sa network na ito.
live-checking = Hinahanap ang hub ng klase…
live-needs-hub = Para sa sabayang quiz, kailangang buksan ang Lantern mula sa hub ng klase. Sa isang laptop, patakbuhin ang lantern-hub --lan, at buksan ang Lantern sa address na ipinapakita nito. Puwede mo pa ring patakbuhin ang quiz sa screen na ito.
live-host-title = Sabayang quiz
live-opening = Binubuksan ang sabayang quiz…
live-connecting = Kumokonekta sa hub ng klase…
live-reconnecting = Naputol ang koneksyon sa hub ng klase. Sinusubukan ulit…
live-join-at = Sa isang phone na nasa network na ito, buksan ang address na ito:
live-code = Code para sumali
live-scan = O i-scan ang code na ito gamit ang camera ng phone.
live-qr-alt = QR code para sa { $address }
live-joined =
    { $n ->
        [one] { $n } manlalaro na ang nakasali.
       *[other] { $n } manlalaro na ang nakasali.
    }
live-team-members =
    { $n ->
        [one] { $n } manlalaro
       *[other] { $n } manlalaro
    }
live-start = Simulan ang quiz
live-late-note = Puwede pa ring sumali ang mga phone pagkatapos mong magsimula. Sasali sila sa susunod na tanong.
live-answered = Sumagot na: { $n } sa { $total }
live-chose =
    { $n ->
        [one] { $n } manlalaro
       *[other] { $n } manlalaro
    }
live-end = Tapusin ang sabayang quiz
live-end-confirm = Tapusin ang sabayang quiz para sa lahat? Mabubura sa hub ang mga gawa-gawang pangalan at ang mga sagot.
live-end-yes = Oo, tapusin ito
live-ended = Tapos na ang sabayang quiz. Nabura na sa hub ang mga gawa-gawang pangalan at mga sagot nito.
live-err-busy = May ibang sabayang quiz na tumatakbo na sa hub na ito. Kailangan muna itong matapos bago makapagsimula ng bago.
live-err-gone = Hindi na tumatakbo sa hub ang sabayang quiz na iyan.
live-err-not-lan = Hindi nagpapatakbo ng sabayang quiz ang hub na ito. Simulan ito gamit ang lantern-hub --lan.
live-err-setup = Hindi masimulan ng hub ang quiz na ito. Tingnan ang setup at subukang muli.

# A live quiz on a classroom network: the child's phone.
join-title = Sumali sa sabayang quiz
join-intro = Ipinapakita ng facilitator mo ang code para sumali sa screen niya.
join-code = Code para sumali
join-next = Susunod
join-nickname = Gawa-gawang pangalan
join-nickname-hint = Mag-isip ng masayang gawa-gawang pangalan, hindi ang totoo mong pangalan. Puwede itong makita ng iba pang nasa silid.
join-team = Ang team mo
join-team-any = Ilagay ako sa isang team
join-play = Sumali sa quiz
join-connecting = Kumokonekta…
join-needs-hub = Para makasali sa sabayang quiz, kailangang nakakonekta ang phone mo sa network ng klase. Buksan ang address na nasa screen ng facilitator mo.
join-reconnecting = Naputol ang koneksyon. Sinusubukan ulit…
join-err-code = Hindi gumana ang code na iyan. Tingnan ang code sa screen ng facilitator, at subukang muli.
join-err-nickname-empty = Paki-type ang gawa-gawang pangalan mo.
join-err-nickname-long = Hanggang 20 letra lang ang gawa-gawang pangalan.
join-err-nickname-refused = Pakialis ang mga simbolo tulad ng < > & at mga panipi (quotation marks).
join-err-nickname-taken = May gumagamit na rito ng gawa-gawang pangalang ito. Pakipili ng iba.
join-err-full = Puno na ang quiz na ito.
join-err-other = May nagkaproblema. Pakisubukang muli.
join-welcome = Nakapasok ka na, { $name }!
join-your-team = Ang team mo: { $team }
join-wait-start = Hintayin mong simulan ng facilitator mo ang quiz.
join-wait-late = Sumali ka habang may tanong. Magsisimula ka sa tanong { $number }.
join-sent = Natanggap na ang sagot mo. Hintaying maipakita ang sagot.
join-time-up = Tapos na ang oras.
join-you-chose = Pinili mo ang { $letter }.
join-no-answer = Hindi mo nasagot ang tanong na ito. Okay lang iyan.
join-right = Tama iyan!
join-wait-next = Hintayin ang susunod na tanong.
join-result =
    { $total ->
        [one] Tama ang { $n } sa { $total } mong sagot.
       *[other] Tama ang { $n } sa { $total } mong sagot.
    }
join-team-place = Puwesto ng team mo: { $rank }
join-thanks = Tapos na ang quiz. Salamat sa paglalaro!
join-ended = Tapos na ang sabayang quiz na ito. Salamat sa paglalaro!
join-help = Kung may bagay online na nakakapag-alala sa iyo, puwede kang humingi ng tulong.
join-help-link = Humingi ng tulong
