# Lantern's interface in Nepali (translated from the English source ui.ftl).
# Fluent syntax (https://projectfluent.org). One message a line; { $name } is a
# value filled in by the app. Nepali has the plural categories "one" and
# "other", so English's number selections are kept; [0] is kept too.
# The child and the general reader are called तिमी; the facilitator is तपाईं.
# Keep every { $name } as it is.

reveal-answer = उत्तर { $answer } हो
nav-more = थप
fac-source-line = स्रोत: { $citation }
fac-answer-line = उत्तर: { $letter }. { $answer }
fac-history-detail = { $topics } · { $result }
fac-history-entry =
    { $date } · { $audience } · { $n ->
        [one] 1 प्रश्न
       *[other] { $n } प्रश्न
    }
fac-started-before-first = { $date } मा सुरु भयो · पहिलो प्रश्नअघि
fac-started-at-question = { $date } मा सुरु भयो · प्रश्न { $number } / { $total }
text-size-option = अक्षरको आकार { $n }
question-progress-topic = प्रश्न { $number } / { $total } · { $topic }
country-examples =
    { $n ->
        [0] पाठमा उल्लेख गरिएको
        [one] 1 उदाहरण
       *[other] { $n } उदाहरण
    }
country-example-in = यहाँ: { $section } · { $chapter }
trend-title = { $n }. { $title }
question-progress = प्रश्न { $number } / { $total }
score-out-of = { $total } मध्ये { $score }
topic-score = { $topic }: { $total } मध्ये { $right }
team-chose = { $letter } छान्यो
announce-team-answered = { $team }: उत्तर दियो
announce-team-choosing = { $team }: अहिले छान्दै छ
announce-team-passed = { $team }: छोड्यो
announce-answer = उत्तर { $letter } हो
teams-answered =
    { $n ->
        [one] 1 टोली
       *[other] { $n } टोली
    }
team-result-right = { $answer } · सही
team-result-wrong = { $answer } · यसपटक मिलेन
team-points =
    { $n ->
        [one] 1 अङ्क
       *[other] { $n } अङ्क
    }
now-choosing = अहिले छान्दै: { $team }
teams-passed =
    { $n ->
        [one] 1 टोली: छोड्यो वा उत्तर दिएन
       *[other] { $n } टोली: छोडे वा उत्तर दिएनन्
    }
group-total = सबै मिलेर समूहले { $possible } मध्ये { $right } सही उत्तर दियो।
call-name = { $name } लाई फोन गर
call-number = फोन: { $phone }
timer-seconds = { $n } सेकेन्ड
team-name-label = टोली { $n } को नाम
example-from-country = उदाहरण: { $country }
search-count =
    { $n ->
        [one] 1 नतिजा
       *[other] { $n } नतिजा
    }
size-kb = { $whole }.{ $tenth } KB
from-report-title = प्रतिवेदनबाट: { $title }
app-name = Lantern
tagline = Collective Action प्रतिवेदन र अनलाइन सुरक्षा, तिम्रो खल्तीमा
skip-to-content = मुख्य भागमा जाऊ
nav-label = मुख्य
nav-home = गृहपृष्ठ
nav-read = पढ
home-intro = Lantern मा ECPAT International (2024) को प्रतिवेदन “Collective Action to End Child Sexual Exploitation and Abuse” (बाल यौन शोषण र दुर्व्यवहार अन्त्य गर्न सामूहिक कार्य) राखिएको छ, त्यसैले तिमी यसलाई जहाँ पनि पढ्न सक्छौ, इन्टरनेट नभए पनि।
contents-title = विषयसूची
loading = प्रतिवेदन लोड हुँदैछ…
load-failed = प्रतिवेदन लोड हुन सकेन। इन्टरनेट जडान जाँच, र फेरि प्रयास गर।
retry = फेरि प्रयास गर
pager-label = अघिल्लो र अर्को खण्ड
previous = अघिल्लो
next = अर्को
in-chapter = अध्याय: { $chapter }
not-found-title = पेज भेटिएन
not-found-body = यो ठेगानामा केही छैन। यो अर्को ठाउँमा सरेको हुन सक्छ।
section-missing = प्रतिवेदनको यो भाग भेटिएन।
back-home = गृहपृष्ठमा जाऊ
nav-countries = देशहरू
nav-search = खोज
nav-settings = सेटिङ
nav-bookmarks = बुकमार्क
nav-about = बारेमा
continue-reading = पढ्न जारी राख: { $title }
trends-title = 18 उदीयमान प्रवृत्ति
trends-intro = प्रतिवेदनको “एक नजरमा” सूची। पढ्नका लागि कुनै प्रवृत्ति खोल।
read-in-context = प्रतिवेदनमा पढ
explore-title = अन्वेषण
bookmark-add = यो खण्ड बुकमार्क गर
bookmark-remove = बुकमार्क हटाऊ
share-section = यो खण्ड सेयर गर
link-copied = लिङ्क कपी भयो
share-failed = सेयर गर्न सकिएन; ब्राउजरको ठेगाना पट्टीबाट ठेगाना कपी गर।
bookmarks-title = बुकमार्क
bookmarks-empty = अहिलेसम्म कुनै बुकमार्क छैन। पढ्दै गर्दा “यो खण्ड बुकमार्क गर” थिच।
countries-title = देशहरू
countries-intro = प्रतिवेदनमा दिइएअनुसार, हरेक देशका उदाहरणहरू।
country-mentions = यहाँ पनि उल्लेख छ
country-missing = यो देश प्रतिवेदनमा छैन।
search-title = प्रतिवेदनमा खोज
search-label = खोज्ने शब्द
search-button = खोज
search-none = कुनै खण्ड मिलेन। कम वा छोटा शब्द राखेर हेर।
search-hint = कम्तीमा दुई अक्षर टाइप गर। अफलाइन भए पनि पूरै प्रतिवेदनमा खोजिन्छ।
about-title = Lantern र प्रतिवेदनको बारेमा
about-citation = सुझाइएको उद्धरण
about-permission = अनुमति
about-independent = Lantern एउटा स्वतन्त्र साधन हो। यसलाई ECPAT International ले वा प्रतिवेदनमा नाम भएको कुनै पनि संस्थाले बनाएको वा समर्थन गरेको होइन।
about-offline = Lantern ले यो डिभाइसमा प्रतिवेदनको एउटा प्रति राख्छ, त्यसैले यो इन्टरनेट बिना पनि चल्छ। तिमीले Lantern मा गर्ने कुनै पनि कुरा कतै पठाइँदैन।
settings-title = सेटिङ
text-size-label = अक्षरको आकार
theme = थिम
theme-system = यो डिभाइसकै जस्तो
theme-light = उज्यालो
theme-dark = अँध्यारो
theme-contrast = उच्च कन्ट्रास्ट
reduce-motion = हलचल कम गर
reduce-motion-hint = Lantern ले तिम्रो डिभाइसको सेटिङ पनि मान्छ।
notice-storage-unavailable = यो ब्राउजरले Lantern लाई केही पनि सेभ गर्न दिइरहेको छैन। तिमी सबै कुरा पढ्न र चलाउन सक्छौ, तर ब्राउजर बन्द गरेपछि बुकमार्क र सेटिङ हराउनेछन्।
notice-storage-full = यो डिभाइसमा Lantern का लागि भएको भण्डारण भरियो। Lantern चलिरहन्छ, तर नयाँ परिवर्तनहरू सेभ भइरहेका छैनन्।
notice-record-set-aside = सेभ गरिएको केही डेटा बिग्रिएको थियो, त्यसैले त्यसलाई छुट्याएर राखिएको छ। तिम्रो अरू डेटा सुरक्षित छ।
notice-details = के छुट्याएर राखियो
back = पछाडि
did-you-mean = के तिमीले यो पेज खोजेको हो?
hide-from-back = ब्राउजरको पछाडि जाने बटनबाट Lantern लुकाऊ
hide-from-back-hint = चालु: Lantern ले तिम्रो ब्राउजरको इतिहासमा एउटा मात्र पाइला लिन्छ, र तिमी Lantern कै “पछाडि” बटनले पछाडि जान्छौ। “छिटो बाहिर” पछि, पछाडि जाने बटन थिच्दा Lantern देखिँदैन। बन्द: ब्राउजरको पछाडि जाने बटनले Lantern का पेजहरूबीच लैजान्छ, तर “छिटो बाहिर” पछि त्यसले Lantern फेरि देखाउन सक्छ।
net-restoring = फेरि अफलाइन चलाउन तयार हुँदैछ…
net-restore-failed = अफलाइन चलाउन तयार छैन। अर्को पटक इन्टरनेटसँग खुल्दा Lantern ले फेरि प्रयास गर्नेछ।
net-not-ready = अफलाइन चलाउन तयार छैन
storage-kept = तिमीले नमेटाएसम्म यो ब्राउजरले Lantern ले सेभ गरेका कुरा राखिराख्छ।
storage-not-kept = डिभाइसमा ठाउँ कम भयो भने, यो ब्राउजरले Lantern ले सेभ गरेका कुरा मेटाउन सक्छ।
storage-kept-unknown = Lantern ले सेभ गरेका कुरा राखिराख्छ कि राख्दैन, यो ब्राउजरले भन्दैन।
storage-keep-button = Lantern को डेटा राखिराख्न यो ब्राउजरलाई भन
delete-offline-warning = तिमी अफलाइन छौ। मेटाएपछि, Lantern फेरि खोल्न इन्टरनेट चाहिन्छ।
notice-quiz-moved-on = तिम्रो क्विज अर्को विन्डोमा अगाडि बढ्यो, त्यसैले यो विन्डोले अब त्यो कहाँ पुग्यो भन्ने देखाउँछ।
notice-session-moved-on = यो सत्र अर्को विन्डोमा अगाडि बढ्यो, त्यसैले यो विन्डोले अब त्यो कहाँ पुग्यो भन्ने देखाउँछ।
notice-deleted-elsewhere = Lantern ले यो डिभाइसमा सेभ गरेका सबै कुरा अर्को विन्डोमा मेटाइयो।
dismiss = बन्द गर
quick-exit = छिटो बाहिर
quick-exit-hint = Lantern बाट छिटो निस्क: यो थिच, वा Shift तीन पटक थिच।
nav-help = मद्दत
help-title = मद्दत लेऊ
help-intro = अनलाइनमा कुनै कुराले तिमीलाई चिन्तित वा दुःखी बनाएको छ, वा केही ठिक छैन जस्तो लागेको छ भने, तिमीलाई कुनै सजाय हुँदैन र यो तिम्रो गल्ती होइन। तिमीले गर्न सक्ने कुरा यहाँ छन्।
help-steps-title = अनलाइनमा कुनै कुराले तिमीलाई चिन्तित बनाएको छ भने
help-step-stop = जवाफ दिन छोड। तिमीले कसैलाई पनि जवाफ दिनुपर्दैन।
help-step-no-pay = कसैले धम्की दिए पनि पैसा नतिर, र केही पनि नपठाऊ। पैसा तिर्दा पनि प्रायः यो रोकिँदैन।
help-step-evidence = प्रमाण राख: म्यासेजहरू र अकाउन्टको नामको स्क्रिनसट लेऊ, र मिति टिपेर राख। प्रमाणका लागि भए पनि कुनै पनि यौनसम्बन्धी तस्बिर सेभ नगर, अरूलाई पनि नपठाऊ; बरु कुनै ठूला मान्छेलाई भन।
help-step-block = त्यो अकाउन्टलाई ब्लक गर, र एप वा गेममा रिपोर्ट गर।
help-step-tell = तिमीले विश्वास गर्ने ठूला मान्छेलाई भन, जस्तै आमाबुबा, अभिभावक, शिक्षक वा परामर्शदाता। पहिले भनेका ठूला मान्छेले मद्दत गरेनन् भने, अर्कोलाई भन।
help-step-not-fault = सम्झ: जे भए पनि, यो कहिल्यै तिम्रो गल्ती होइन। केटा र केटी दुवै निसानामा पर्न सक्छन्।
help-block-title = कसरी ब्लक र रिपोर्ट गर्ने
help-block-body = धेरैजसो एप र गेममा त्यो व्यक्तिको प्रोफाइलबाट वा कुनै म्यासेजबाट ब्लक र रिपोर्ट गर्न मिल्छ। मेनु खोज (प्रायः तीनवटा थोप्ला ⋯ वा झन्डा), र Block (ब्लक) वा Report (रिपोर्ट) छान। ब्लक गरेपछि उनीहरूले तिमीलाई सम्पर्क गर्न सक्दैनन्; रिपोर्ट गर्दा एपलाई थाहा हुन्छ, र एपले कदम चाल्न सक्छ। ब्लक गर्नुअघि नै स्क्रिनसट लेऊ, किनभने कतिपय एपले पछि च्याट लुकाउँछन्।
help-helpline-title = बाल हेल्पलाइन
help-helpline-body = धेरै देशमा बालबालिकाका लागि निःशुल्क फोन लाइन हुन्छ: बाल हेल्पलाइन। फोन सेवाहरूको एउटा विश्वव्यापी संस्थाले बाल हेल्पलाइनले 116 111 नम्बर प्रयोग गर्नुपर्छ भनेको छ। त्यसको नाम International Telecommunication Union (ITU), अर्थात् अन्तर्राष्ट्रिय दूरसञ्चार संघ हो। तर सबै देशले यो नम्बर प्रयोग गर्दैनन्। यो नम्बरमा भर पर्नुअघि, तिमी बसेको ठाउँमा यो चल्छ कि चल्दैन भनेर तिमीले विश्वास गर्ने कसैलाई सोध।
contacts-title = तिम्रो नजिकका मद्दत सम्पर्कहरू
contacts-intro = मद्दतका लागि तिमीले फोन गर्न सक्ने मान्छे वा ठाउँहरू थप, जस्तै तिमीले जाँचेको हेल्पलाइन वा तिमीले विश्वास गर्ने ठूला मान्छे। यी यो डिभाइसमा मात्र रहन्छन्। यी कहिल्यै कतै पठाइँदैनन्।
contacts-empty = अहिलेसम्म कुनै सम्पर्क छैन।
contact-name = नाम
contact-phone = फोन नम्बर
contact-note = टिपोट (नलेखे पनि हुन्छ)
contact-add = सम्पर्क थप
contact-save = परिवर्तन सेभ गर
contact-edit = बदल
contact-delete = मेटाऊ
contact-name-missing = कृपया नाम लेख।
contact-phone-invalid = कृपया 3 देखि 20 अङ्कसम्मको फोन नम्बर लेख।
contact-too-long = यो धेरै लामो भयो। कृपया छोटो बनाऊ।
quick-exit-limits-title = “छिटो बाहिर” ले के गर्न सक्छ र के सक्दैन
quick-exit-limits-body = “छिटो बाहिर” ले Lantern लाई तुरुन्तै लुकाउँछ र एउटा साधारण पेज खोल्छ। तिमी अनलाइन छौ भने मौसम खोजेको पेज देख्छौ, अनलाइन छैनौ भने खाली पेज देख्छौ। Lantern ले तिम्रो ब्राउजरको इतिहासमा एउटा मात्र पाइला राख्छ। त्यसैले “छिटो बाहिर” पछि पछाडि जाने बटन थिच्दा, तिमी Lantern खोल्नुअघि जुन पेजमा थियौ त्यहीँ पुग्छौ, Lantern मा होइन। “छिटो बाहिर” थिच्दा Lantern ले यो फोनमा सेभ गरेका कुरा मेटिँदैनन्। Lantern खोल्नुअघिको तिम्रो ब्राउजरको इतिहास पनि मेटिँदैन। कसैले हेर्न सक्छ भने, आफ्नो ब्राउजरको इतिहास मेटाऊ, वा Lantern को सेटिङमा “सबै मेटाऊ” प्रयोग गर। तिमीले Lantern इन्स्टल गरेको छौ भने, यसको आइकन तिम्रो होम स्क्रिनमा रहिरहन्छ। सेटिङमा गएर, पछाडि जाने बटनलाई Lantern का पेजहरूबीच चल्न दिन सक्छौ। तर त्यसो गरे, “छिटो बाहिर” पछि पछाडि जाने बटनले Lantern देखाउन सक्छ।
delete-title = सबै मेटाऊ
delete-body = Lantern ले यो डिभाइसमा राखेका सबै कुरा हटाऊ: बुकमार्क, सेटिङ, क्विजको प्रगति र इतिहास, सत्रहरू, मद्दत सम्पर्कहरू र प्रतिवेदनको सेभ गरिएको प्रति।
delete-button = Lantern ले यो डिभाइसमा राखेका सबै कुरा मेटाऊ
delete-confirm = यो फेरि फर्काउन सकिँदैन। अहिले नै सबै मेटाउने?
delete-yes = हो, सबै मेटाऊ
notice-quiz-reset = तिम्रो अधुरो क्विज जारी राख्न सकिएन, त्यसैले तिमी नयाँ क्विज सुरु गर्न सक्छौ। तिमीले सेभ गरेका अरू सबै कुरा सुरक्षित छन्।
nav-quiz = क्विज
quiz-title = अनलाइन सुरक्षा क्विज
quiz-intro = अनलाइनमा सुरक्षित रहनेबारे छोटा प्रश्नहरू। यहाँ झुक्याउने प्रश्न छैनन्, र गलत भयो भने पनि ठिकै छ: हामी सबै यसरी नै सिक्छौँ।
quiz-who = क्विज कसले खेल्दै छ?
audience-all = सबै
audience-child = उमेर 10–13
audience-teen = उमेर 14–17
audience-caregiver = आमाबुबा र अभिभावक
audience-educator = शिक्षक र साथी शिक्षक
quiz-topics = विषयहरू
quiz-topics-hint = सबै विषय मिसिएको क्विजका लागि कुनै पनि विषय नछान।
quiz-length = कतिवटा प्रश्न?
quiz-start = क्विज सुरु गर
quick-quiz = छोटो क्विज: 5 प्रश्न
quiz-no-questions = त्यो छनोटका लागि कुनै प्रश्न छैन। अझ धेरै विषय छानेर हेर।
feedback-right = सही हो!
feedback-wrong = ठ्याक्कै मिलेन, तर केही छैन।
right-answer-is = सबैभन्दा राम्रो उत्तर: { $answer }
your-answer = तिम्रो उत्तर
read-more = प्रतिवेदनमा थप पढ
general-advice = यो अनलाइन सुरक्षाबारे धेरैले मानेको सल्लाह हो।
next-question = अर्को प्रश्न
see-results = मेरो नतिजा हेर
previous-question = अघिल्लो प्रश्न
quiz-results = तिम्रो नतिजा
by-topic = विषयअनुसार तिमीले कस्तो गर्‍यौ
missed-title = फेरि हेर्नुपर्ने प्रश्नहरू
retry-missed = नमिलेका प्रश्न फेरि प्रयास गर
another-quiz = अर्को क्विज खेल
all-right = तिमीले सबै प्रश्न सही गर्‍यौ। स्याबास!
score-kind-most = स्याबास! अनलाइनमा सुरक्षित रहनेबारे तिमीलाई धेरै कुरा थाहा छ।
score-kind-some = हरेक प्रश्नले तिमीलाई सिक्न मद्दत गर्छ। तलका उत्तरहरूले हरेक प्रश्न बुझाउँछन्, र तिमी जुनसुकै बेला फेरि प्रयास गर्न सक्छौ।
results-help = अनलाइनमा कुनै कुराले तिमीलाई चिन्तित बनाएको छ भने, तिमीले के गर्न सक्छौ र कसले मद्दत गर्न सक्छ भनेर { $link }मा लेखिएको छ।
history-title = पहिलेका क्विज
history-link = पहिलेका क्विज हेर
history-empty = अहिलेसम्म कुनै क्विज पूरा भएको छैन।
history-clear = इतिहास मेटाऊ
history-date = मिति
history-confirm = यो डिभाइसमा भएका पहिलेका सबै क्विजका नतिजा मेटाउने?
yes-clear = हो, मेटाऊ
cancel = रद्द गर
back-to-quiz = क्विजमा फर्क
quiz-keyboard-hint = सुझाव: उत्तर दिन 1 देखि 4 थिच, वा एरो कुञ्जी र Enter थिच। Enter थिच्दा अगाडि बढ्छ।
loading-questions = प्रश्नहरू लोड हुँदैछन्…
questions-failed = प्रश्नहरू लोड हुन सकेनन्। इन्टरनेट जडान जाँच, र फेरि प्रयास गर।
topic-sexual-extortion = धम्की र यौन ब्ल्याकमेल
topic-grooming = गेम र च्याटमा ग्रुमिङ (फकाएर फसाउने चाल)
topic-sharing-images = तस्बिर सेयर गर्ने
topic-deepfakes-ai = डिपफेक र AI
topic-privacy = गोपनीयता र व्यक्तिगत जानकारी
topic-money-tricks = पैसा, उपहार र भुक्तानीमा झुक्याउने चाल
topic-getting-help = मद्दत लिने र रिपोर्ट गर्ने
topic-boys-and-girls = केटा र केटी दुवैलाई जोखिम
topic-trusted-places = भरपर्दो ठाउँ र सुरक्षित ठूला मान्छे
topic-caregiver-literacy = अभिभावकका लागि डिजिटल सीप
topic-greater-risk = बढी जोखिममा रहेका बालबालिका
net-offline = अफलाइन
net-offline-saved = अफलाइन — यो डिभाइसमा भएको प्रति प्रयोग हुँदैछ
net-ready-offline = अफलाइन चलाउन तयार
update-ready = नयाँ संस्करण तयार छ।
update-reload = फेरि लोड गर
this-copy-title = Lantern को यो प्रति
app-version = एपको संस्करण
data-version = प्रतिवेदनको संस्करण
quiz-data-version = क्विजको संस्करण
storage-saved = तिमीले सेभ गरेको डेटा (बुकमार्क, क्विज, सेटिङ, राखिएको प्रतिवेदन)
storage-total = Lantern ले यो डिभाइसमा राखेका सबै कुरा, अफलाइन प्रति समेत
not-known = थाहा छैन
nav-facilitate = सहजीकरण
notice-session-reset = तपाईंको अधुरो समूह सत्र जारी राख्न सकिएन, त्यसैले तपाईं नयाँ सत्र तयार गर्न सक्नुहुन्छ। तपाईंले सेभ गरेका अरू सबै कुरा सुरक्षित छन्।
fac-title = समूहसँग क्विज चलाउनुहोस्
fac-intro = साथी शिक्षकहरूका लागि: एउटै स्क्रिनमा समूहसँग क्विज चलाउनुहोस्, जस्तै माथि उठाएर देखाइएको फोन वा प्रोजेक्टरमा जोडिएको ल्यापटप। यो अफलाइन चल्छ, र हरेक चरण यही डिभाइसमा साथसाथै सेभ हुँदै जान्छ।
fac-who = समूहमा को-को छन्?
fac-length = प्रश्नको सङ्ख्या
fac-length-hint = 5 देखि 30
fac-teams = टोलीहरू
fac-teams-hint = 2 देखि 8 टोली। हरेक टोलीको आफ्नै रङ र चिह्न हुन्छ। टोलीको नाम प्रयोग गर्नुहोस्, बालबालिकाको नाम कहिल्यै होइन।
fac-add-team = टोली थप्नुहोस्
fac-remove-team = हटाउनुहोस्
fac-timer = हरेक प्रश्नका लागि समय
fac-timer-off = टाइमर छैन
fac-scoring = अङ्क
fac-scoring-points = हरेक टोलीलाई अङ्क
fac-scoring-none = अङ्क छैन: समूहको नतिजा मात्र, कुनै स्थानक्रम बिना
fac-show-discussion = हरेक उत्तरपछि छलफलको प्रश्न देखाउनुहोस्
fac-start = सत्र सुरु गर्नुहोस्
fac-err-too-few = सत्रमा कम्तीमा 2 टोली चाहिन्छ।
fac-err-too-many = सत्रमा बढीमा 8 टोली हुन सक्छन्।
fac-err-no-team = त्यो टोली अब छैन।
fac-err-empty-name = कृपया टोलीलाई नाम दिनुहोस्।
fac-err-long-name = टोलीको नाममा बढीमा 30 अक्षर हुन सक्छ। कृपया छोटो बनाउनुहोस्।
fac-err-duplicate = अर्को टोलीको पनि यही नाम छ। कृपया फरक नाम छान्नुहोस्।
fac-err-shared-look = दुई टोलीको रङ वा चिह्न एउटै छ। कृपया एउटा टोली हटाएर फेरि थप्नुहोस्।
fac-err-length = कृपया 5 देखि 30 वटासम्म प्रश्न छान्नुहोस्।
fac-err-no-questions = त्यो छनोटका लागि कुनै प्रश्न छैन। अझ धेरै विषय वा अर्को समूह छानेर हेर्नुहोस्।
fac-unfinished = तपाईंको एउटा सत्र अधुरो छ
fac-resume = सत्र जारी राख्नुहोस्
fac-discard = यसलाई रद्द गर्नुहोस्
fac-discard-confirm = यो सत्र रद्द गर्ने? अहिलेसम्म रेकर्ड भएका उत्तरहरू हराउनेछन्।
fac-discard-yes = हो, रद्द गर्नुहोस्
fac-print-link = डिभाइस नभएका समूहका लागि यो सत्रका प्रश्नहरू हेर्नुहोस् र प्रिन्ट गर्नुहोस्
fac-history-title = यो डिभाइसमा भएका पहिलेका सत्रहरू
fac-history-empty = अहिलेसम्म कुनै सत्र पूरा भएको छैन।
fac-open-summary = सारांश र प्रिन्ट
fac-delete = मेटाउनुहोस्
fac-delete-confirm = यो सत्रको सारांश यो डिभाइसबाट मेटाउने?
fac-delete-yes = हो, मेटाउनुहोस्
fac-no-session = कुनै सत्र चलिरहेको छैन।
fac-set-up = सत्र तयार गर्नुहोस्
fac-safe-title = सुरु गर्नुअघि: बालबालिकालाई सुरक्षित राख्ने
fac-safe-intro = अनलाइन सुरक्षाबारेको कुराकानीपछि कुनै बच्चाले आफूलाई के भएको थियो भनेर तपाईंलाई भन्न सक्छ। कुनै बच्चाले तपाईंलाई दुर्व्यवहारबारे भन्यो भने:
fac-safe-listen = शान्त भएर सुन्नुहोस्, र उसलाई आफ्नै शब्दमा बोल्न दिनुहोस्।
fac-safe-believe = उसलाई विश्वास गर्नुहोस्, र यो उसको गल्ती होइन अनि तपाईंलाई भनेर उसले ठिक गर्‍यो भनेर भन्नुहोस्।
fac-safe-secret = यो कुरा गोप्य राख्ने वाचा नगर्नुहोस्। मद्दत गर्ने जिम्मेवारी भएको कसैलाई तपाईंले यो कुरा भन्नुपर्ने हुन्छ भनेर बुझाउनुहोस्।
fac-safe-refer = बालबालिकालाई सुरक्षित राख्न र चिन्ताको कुरा अगाडि पुर्‍याउन आफ्नो संस्थाले तोकेका चरणहरू पालना गर्नुहोस्। आफैँ थप कुरा पत्ता लगाउने प्रयास नगर्नुहोस्।
fac-safe-help = बालबालिका र युवाहरूका लागि चरणहरू, र हेल्पलाइनहरू, { $link }मा छन्।
fac-safe-help-link = मद्दत पेज
fac-safe-read = मैले यो पढेँ, र कुनै बच्चाले मलाई दुर्व्यवहारबारे भन्यो भने के गर्ने भनेर मलाई थाहा छ।
fac-err-safe-unread = कृपया बालबालिकालाई सुरक्षित राख्नेबारेको टिप्पणी पढ्नुहोस्, र पढेँ भनेर बाकसमा चिनो लगाउनुहोस्।
fac-waiting = पर्खिँदै
fac-full-screen = पूरा स्क्रिन
fac-leave = रोकेर बाहिर जानुहोस्
fac-answered = उत्तर दियो
fac-ready-count = तयार टोली: { $total } मध्ये { $n }
fac-skipped = छोड्यो
fac-all-answered = सबै टोलीले उत्तर दिए। तयार हुनुभएपछि उत्तर देखाउनुहोस्।
fac-time-up = समय सकियो
fac-timer-label = बाँकी समय
fac-timer-paused = टाइमर रोकिएको छ
fac-timer-running = टाइमर चलिरहेको छ
fac-pause = टाइमर रोक्नुहोस्
fac-resume-timer = टाइमर फेरि चलाउनुहोस्
fac-discuss = यसबारे कुरा गरौँ
fac-finish = हामीले कस्तो गर्‍यौँ, हेरौँ
fac-end-early = सत्र अहिले नै अन्त्य गर्नुहोस्
fac-skip-team = यो टोली छोड्नुहोस्
fac-reveal = उत्तर देखाउनुहोस्
fac-keyboard-hint = कुञ्जी: 1 देखि 8 ले टोली छान्छ, A देखि D ले त्यसको उत्तर छान्छ, R ले उत्तर देखाउँछ, Space वा → ले अगाडि बढाउँछ।
fac-end-title = सत्र पूरा भयो
fac-end-thanks = सबैलाई धन्यवाद। आजको हरेक उत्तरले पूरै समूहलाई सिक्न मद्दत गर्‍यो।
fac-print-summary = यो सारांश प्रिन्ट वा सेभ गर्नुहोस्
fac-new-session = नयाँ सत्र तयार गर्नुहोस्
fac-summary-title = सत्रको सारांश
fac-summary-missing = यो सत्रको सारांश अब यो डिभाइसमा छैन।
fac-date = मिति
fac-questions-asked = प्रश्नहरू
fac-results = नतिजा
fac-points-note = सही उत्तरका लागि अङ्क। सबैले केही न केही सिके।
fac-place = स्थान { $rank }
fac-place-shared = संयुक्त स्थान { $rank }
fac-hardest = समूहलाई सबैभन्दा गाह्रो लागेका विषयहरू
fac-learned = हामीले के सिक्यौँ
fac-learned-none = समूहले धेरैजसो उत्तर सही दियो। सबैलाई स्याबास!
fac-learned-more = अनि अरू { $n }: सबै हेर्न सारांश प्रिन्ट वा सेभ गर्नुहोस्।
fac-citation = ECPAT International. (2024) Collective Action to End Child Sexual Exploitation and Abuse Regional Workshop. Bangkok: ECPAT International.
fac-print-title = समूहका लागि प्रिन्ट गर्नुहोस्
fac-print-intro = यो सत्रका प्रश्नहरू, सत्रले सोध्ने क्रममै, प्रिन्ट गर्नुहोस्: बाँड्नका लागि प्रश्नपत्र, र सहजकर्ताका लागि उत्तरकुञ्जी।
fac-print-what = के प्रिन्ट गर्ने
fac-sheet = प्रश्नपत्र
fac-key = उत्तरकुञ्जी
fac-sheet-hint = तिमीलाई सबैभन्दा राम्रो लागेको उत्तरको अक्षरमा गोलो लगाऊ। थाहा नहुनु ठिकै हो: हामी यसरी नै सिक्छौँ।
fac-print-planned = तपाईंले तयार गर्दै गरेको सत्रले सोध्ने प्रश्नहरू यिनै हुन्। तपाईंले यसको समूह, विषय वा लम्बाइ बदल्नुभयो भने, यो सूची पनि बदलिन्छ।
fac-print-running = तपाईंले चलाइरहेको सत्रका प्रश्नहरू यिनै हुन्।
fac-print-done = तपाईंले भर्खरै चलाएको सत्रका प्रश्नहरू यिनै हुन्।
fac-sheet-heading = अनलाइन सुरक्षा क्विज: प्रश्नपत्र
fac-key-heading = अनलाइन सुरक्षा क्विज: उत्तरकुञ्जी
fac-sheet-date = मिति: { $date }
fac-sheet-group = समूहको नाम (कुनै बच्चाको नाम होइन):
fac-sheet-help = अनलाइनमा कुनै कुराले तिमीलाई चिन्तित बनाएको छ भने, तिमीले के गर्न सक्छौ र कसले मद्दत गर्न सक्छ भनेर Lantern को मद्दत पेजमा लेखिएको छ: { $address }
fac-print-button = प्रिन्ट गर्नुहोस्
fac-back = सहजीकरणमा फर्कनुहोस्
fac-no-answer = उत्तर छैन
# The home page's title is "Lantern — " and this, as in index.html.
title-home = Collective Action प्रतिवेदन र अनलाइन सुरक्षा

# Languages
language-title = भाषा
# Beside a language's name in the picker while no native speaker has reviewed it.
language-draft-mark = मस्यौदा
language-draft = { $name } मस्यौदा अनुवाद हो: यो भाषा पहिलो भाषाका रूपमा बोल्ने कसैले यसलाई अहिलेसम्म जाँचेको छैन। कुनै कुरा स्पष्ट नभए, अङ्ग्रेजीलाई नै सही मान।
language-needs-connection = { $name } अहिलेसम्म यो डिभाइसमा छैन। यसलाई डाउनलोड गर्न एक पटक इन्टरनेट जोड। त्यतिन्जेल, Lantern अहिलेको भाषामै चलिरहन्छ।
language-downloading = { $name } तयार गर्दै…
report-in-english = प्रतिवेदनको पाठ यो लेखिएकै भाषा, अङ्ग्रेजीमा देखाइएको छ।

# The page before the app has started (index.html's static shell).
boot-loading = Lantern लोड हुँदैछ…
boot-failed = Lantern यो ब्राउजरमा सुरु हुन सकेन, त्यसैले यहाँ खोज, क्विज र सेभ गर्ने सुविधा चल्दैनन्। तिमी अझै पनि यी पेजहरूमा प्रतिवेदन पढ्न सक्छौ। फेरि लोड गरेर हेर, वा नयाँ ब्राउजर प्रयोग गर।

# A live quiz on a classroom network: the facilitator's screen.
live-option = यो नेटवर्कमा सँगै खेल्ने क्विज
live-option-hint = हरेक बच्चाले इन्टरनेट बिना आफ्नै फोनमा उत्तर दिन्छ। फोनहरू यो नेटवर्कमा भएको कक्षाको हबमार्फत जोडिन्छन्।
live-checking = कक्षाको हब खोज्दै…
live-needs-hub = सँगै खेल्ने क्विजका लागि Lantern कक्षाको हबबाट खोलिएको हुनुपर्छ। ल्यापटपमा lantern-hub --lan चलाउनुहोस्, र त्यसले देखाउने ठेगानामा Lantern खोल्नुहोस्। तपाईं यही स्क्रिनमा पनि क्विज चलाउन सक्नुहुन्छ।
live-host-title = सँगै खेल्ने क्विज
live-opening = सँगै खेल्ने क्विज खोल्दै…
live-connecting = कक्षाको हबसँग जोडिँदै…
live-reconnecting = कक्षाको हबसँगको जडान टुट्यो। फेरि प्रयास गर्दै…
live-join-at = यो नेटवर्कमा जोडिएको फोनमा यो ठेगाना खोल्नुहोस्:
live-code = सामेल हुने कोड
live-scan = वा फोनको क्यामेराले यो कोड स्क्यान गर्नुहोस्।
live-qr-alt = { $address } को QR कोड
live-joined =
    { $n ->
        [one] 1 खेलाडी सामेल भयो।
       *[other] { $n } खेलाडी सामेल भए।
    }
live-team-members =
    { $n ->
        [one] 1 खेलाडी
       *[other] { $n } खेलाडी
    }
live-start = क्विज सुरु गर्नुहोस्
live-late-note = तपाईंले सुरु गरेपछि पनि फोनहरू सामेल हुन सक्छन्। तिनीहरू अर्को प्रश्नबाट सामेल हुन्छन्।
live-answered = उत्तर दिएका: { $total } मध्ये { $n }
live-chose =
    { $n ->
        [one] 1 खेलाडी
       *[other] { $n } खेलाडी
    }
live-end = सँगै खेल्ने क्विज अन्त्य गर्नुहोस्
live-end-confirm = सबैका लागि सँगै खेल्ने क्विज अन्त्य गर्ने? उपनाम र उत्तरहरू हबबाट मेटाइन्छन्।
live-end-yes = हो, अन्त्य गर्नुहोस्
live-ended = सँगै खेल्ने क्विज सकियो। यसका उपनाम र उत्तरहरू हबबाट मेटाइएका छन्।
live-err-busy = यो हबमा अर्को सँगै खेल्ने क्विज चलिरहेको छ। नयाँ क्विज सुरु गर्नुअघि त्यो अन्त्य हुनुपर्छ।
live-err-gone = त्यो सँगै खेल्ने क्विज अब हबमा चलिरहेको छैन।
live-err-not-lan = यो हबले सँगै खेल्ने क्विज चलाउँदैन। यसलाई lantern-hub --lan ले सुरु गर्नुहोस्।
live-err-setup = हबले यो क्विज सुरु गर्न सकेन। सेटअप जाँचेर फेरि प्रयास गर्नुहोस्।

# A live quiz on a classroom network: the child's phone.
join-title = सँगै खेल्ने क्विजमा सामेल होऊ
join-intro = तिम्रो सहजकर्ताले आफ्नो स्क्रिनमा सामेल हुने कोड देखाउनुहुन्छ।
join-code = सामेल हुने कोड
join-next = अर्को
join-nickname = उपनाम
join-nickname-hint = आफ्नो साँचो नाम होइन, एउटा रमाइलो उपनाम छान। कोठामा भएका अरूले यो देख्न सक्छन्।
join-team = तिम्रो टोली
join-team-any = मलाई कुनै टोलीमा राखिदेऊ
join-play = क्विजमा सामेल होऊ
join-connecting = जोडिँदै…
join-needs-hub = सँगै खेल्ने क्विजमा सामेल हुन, तिम्रो फोन कक्षाको नेटवर्कमा जोडिएको हुनुपर्छ। तिम्रो सहजकर्ताको स्क्रिनमा भएको ठेगाना खोल।
join-reconnecting = जडान टुट्यो। फेरि प्रयास गर्दै…
join-err-code = त्यो कोडले काम गरेन। सहजकर्ताको स्क्रिनमा भएको कोड हेर, र फेरि प्रयास गर।
join-err-nickname-empty = कृपया उपनाम लेख।
join-err-nickname-long = उपनाममा बढीमा 20 अक्षर हुन सक्छ।
join-err-nickname-refused = कृपया < > & जस्ता चिह्न र उद्धरण चिह्न नराख।
join-err-nickname-taken = यहाँ कसैले यो उपनाम पहिले नै राखिसकेको छ। कृपया अर्को छान।
join-err-full = यो क्विज भरियो।
join-err-other = केही गडबड भयो। कृपया फेरि प्रयास गर।
join-welcome = तिमी सामेल भयौ, { $name }!
join-your-team = तिम्रो टोली: { $team }
join-wait-start = तिम्रो सहजकर्ताले क्विज सुरु नगर्नुभएसम्म पर्ख।
join-wait-late = तिमी प्रश्न चलिरहेको बेला सामेल भयौ। तिमी प्रश्न { $number } बाट सुरु गर्छौ।
join-sent = तिम्रो उत्तर पुग्यो। उत्तर नदेखाइएसम्म पर्ख।
join-time-up = समय सकियो।
join-you-chose = तिमीले { $letter } छान्यौ।
join-no-answer = तिमीले यो प्रश्नको उत्तर दिएनौ। ठिकै छ।
join-right = सही हो!
join-wait-next = अर्को प्रश्नका लागि पर्ख।
join-result =
    { $total ->
        [one] तिमीले 1 मध्ये { $n } सही गर्‍यौ।
       *[other] तिमीले { $total } मध्ये { $n } सही गर्‍यौ।
    }
join-team-place = तिम्रो टोलीको स्थान: { $rank }
join-thanks = क्विज सकियो। खेलेकोमा धन्यवाद!
join-ended = यो सँगै खेल्ने क्विज सकियो। खेलेकोमा धन्यवाद!
join-help = अनलाइनमा कुनै कुराले तिमीलाई चिन्तित बनाएको छ भने, तिमी मद्दत लिन सक्छौ।
join-help-link = मद्दत लेऊ
