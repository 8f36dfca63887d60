<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>सदस्यताएँ</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>स्मार्ट व्यू, फ़ोल्डर और फ़ीड, उनके अपठित लेखों के साथ</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>खोज</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>लेखों के शीर्षकों और पाठ में खोजें (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>लेख सूची और खोज</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>पठन पैन</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>मेनू बार</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Broadsheet की हर क्रिया: Alt दबाएँ, फिर तीर कुंजियाँ</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>रीफ़्रेश करें, सदस्यता लें, पढ़ा हुआ चिह्नित करें</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>टूलबार</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>रीफ़्रेश और किए गए कामों के बारे में संदेश</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>रीफ़्रेश की प्रगति</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>अब तक रीफ़्रेश हुई फ़ीड</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>रीफ़्रेश रोकें</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>सबसे नए पहले। J और K से आगे-पीछे जाएँ, S तारा लगाता है, M पढ़ा हुआ चिह्नित करता है, O खोलता है</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>लेख</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>लेख</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>कोई लेख खुला नहीं है</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>खाते सिंक करें</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>खाता हटाएँ(&amp;R)…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>खाता जोड़ें</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>Google Reader API (FreshRSS, Miniflux, Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>Fever API (FreshRSS, Miniflux, yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>प्रोटोकॉल(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>सर्वर का पता(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>उपयोगकर्ता नाम(&amp;U):</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>पासवर्ड या API पासवर्ड(&amp;W):</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>किसी दूसरी मशीन से असुरक्षित http:// की अनुमति दें (पासवर्ड बिना एन्क्रिप्शन के भेजा जाता है)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever सदस्यता ले या हटा नहीं सकता: फ़ीड सर्वर के अपने पेजों पर जोड़ें और हटाएँ; वे अगले सिंक के साथ यहाँ आ जाएँगी।</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>कनेक्शन जाँचें(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>खाता जोड़ें(&amp;A)</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%2 पर %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>कभी सिंक नहीं हुआ</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>पिछला सिंक: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln बदलाव भेजा जाना बाकी है</numerusform>
                <numerusform>%Ln बदलाव भेजे जाने बाकी हैं</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>पिछला सिंक विफल: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever सदस्यता नहीं ले सकता: फ़ीड सर्वर पर जोड़ें।</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>स्थानीय: इस कंप्यूटर पर आपकी सदस्यता वाली फ़ीड</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>पासवर्ड डेस्कटॉप कीरिंग में रखे जाते हैं।</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>पासवर्ड %1 में रखे जाते हैं (जिसे केवल आप पढ़ सकते हैं)।</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>कनेक्ट हो रहा है…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>हटाया जा रहा है…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>खाता हटाएँ</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>यह खाता हटाएँ? इसकी फ़ीड और लेख इस कंप्यूटर से हट जाएँगे; सर्वर पर कुछ नहीं बदलेगा।</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>कनेक्शन विफल: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>खाता नहीं जोड़ा गया: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>खाता नहीं हटाया गया: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>कनेक्ट हो गया: सर्वर ने उपयोगकर्ता नाम और पासवर्ड स्वीकार कर लिया।</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>खाता जोड़ा गया। इसकी फ़ीड और लेख लाने के लिए फ़ीड &gt; अभी खाते सिंक करें का उपयोग करें।</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>खाता हटाया गया।</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>सदस्यता जोड़ें</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>किसी फ़ीड या वेबसाइट का पता लिखें: उसकी फ़ीड आपके लिए ढूँढ ली जाएँगी।</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>पता:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(कोई फ़ोल्डर नहीं)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>फ़ोल्डर:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>सदस्यता लें</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>फ़ीड खोजी जा रही है…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>सदस्यता नहीं ली जा सकी: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>अभी</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln मिनट</numerusform>
                <numerusform>%Ln मिनट</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln घंटा</numerusform>
                <numerusform>%Ln घंटे</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln दिन</numerusform>
                <numerusform>%Ln दिन</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>पढ़ा हुआ</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>अपठित</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>तारांकित</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d MMM</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>लेख</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>इनमें भी:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>रीडर व्यू उपलब्ध नहीं है: यह पेज कोई लेख नहीं है।</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>आपके ब्राउज़र में खोला गया।</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>इस पते के लिए कोई वेब ब्राउज़र नहीं खोला जा सका।</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>मूल खोलें</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(कोई शीर्षक नहीं)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>लिंक कॉपी करें</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>लेखक: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>पढ़ने में {} मिनट</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>फ़ीड का पाठ दिखाया जा रहा है; पूरा लेख तैयार किया जा रहा है।</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>पूरा लेख तैयार नहीं हो सका; फ़ीड का पाठ दिखाया जा रहा है।</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>इस लेख में कोई पाठ नहीं है। इसे पढ़ने के लिए मूल खोलें।</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>यह लेख पूरा दिखाने के लिए बहुत लंबा है। बाकी पढ़ने के लिए मूल खोलें।</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Broadsheet में आपका स्वागत है</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet आपकी पसंद की समाचार साइटों और ब्लॉगों को एक जगह लाता है और हर लेख को एक शांत, साफ़-सुथरे दृश्य में दिखाता है, ऑनलाइन या ऑफ़लाइन। जब तक आप न कहें, कुछ भी डाउनलोड नहीं होता।</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>सदस्यता जोड़ें</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>किसी फ़ीड या साइट के पते से।</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>सदस्यताएँ आयात करें</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>किसी दूसरे रीडर की OPML फ़ाइल से।</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>सुझाई गई समाचार फ़ीड जोड़ें</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>कई भाषाओं की समाचार साइटों का एक छोटा-सा चयन।</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>इसके बाद: F5 रीफ़्रेश करता है, J और K लेखों के बीच ले जाते हैं, Space आगे पढ़ता है, Ctrl+Plus और Ctrl+Minus पाठ का आकार बदलते हैं।</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>संलग्नक</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>ऑडियो</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>वीडियो</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>छवि</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>दस्तावेज़</translation>
        </message>
        <message>
            <source>File</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>चलाएँ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>खोलें</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>डाउनलोड करें</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>डाउनलोड हो रहा है: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>डाउनलोड हो गया</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>डाउनलोड विफल: {}</translation>
        </message>
        <message>
            <source>{} KB</source>
            <translation>{} KB</translation>
        </message>
        <message>
            <source>{} MB</source>
            <translation>{} MB</translation>
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>इस तरह का लिंक नहीं खोला जाता।</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>सत्र के साथ शुरू होने की सेटिंग नहीं बदली जा सकी: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>पृष्ठभूमि में</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>विंडो बंद करने पर Broadsheet ट्रे में बना रहता है</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>ट्रे में छिपा हुआ शुरू करें</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>इस डेस्कटॉप में सिस्टम ट्रे नहीं है: विंडो बंद करने से Broadsheet बंद हो जाता है।</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>सत्र के साथ शुरू करें (यहाँ अभी उपलब्ध नहीं)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>डेस्कटॉप सत्र के साथ शुरू करें</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>नए लेखों की सूचना दें</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>शांत समय</translation>
        </message>
        <message>
            <source>to</source>
            <translation>से</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>सभी को पढ़ा हुआ चिह्नित करना पूर्ववत करें(&amp;U)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>पूर्ववत करें</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>उन लेखों को फिर से अपठित चिह्नित करें (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>फिर से अपठित: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>इस फ़ाइल के लिए कोई प्रोग्राम नहीं खोला जा सका।</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>डाउनलोड संभव नहीं हैं: बैकग्राउंड कार्य शुरू नहीं हुआ।</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>%1 को %2 में डाउनलोड किया जा रहा है</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>%1 डाउनलोड हो रहा है: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>%1 में डाउनलोड किया गया</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>डाउनलोड रद्द किया गया।</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>डाउनलोड विफल: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet इस प्रोफ़ाइल के साथ पहले से चल रहा है।</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>डेटाबेस नहीं खुल सका; कुछ भी नहीं बदला गया।</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: अनपेक्षित त्रुटि</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>कुछ गड़बड़ हो गई, पर Broadsheet चलता रहेगा। विवरण लॉग फ़ाइल में है:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>सूचनाएँ:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>सेटिंग के अनुसार</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>हमेशा</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>कभी नहीं</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>सभी चुनें</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>कोई नहीं चुनें</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>फ़ीड के गुण</translation>
        </message>
        <message>
            <source>never</source>
            <translation>कभी नहीं</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>नाम:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>रीडर व्यू</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>फ़ीड का पाठ</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>मूल पेज (ब्राउज़र में)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>लेख इस रूप में दिखाएँ:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>रीफ़्रेश:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>पढ़े गए लेखों की एक संख्या</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>कुछ दिनों तक पढ़े गए लेख</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>रखें:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>अपठित और तारांकित लेख हमेशा रखे जाते हैं।</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>हर घंटे</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>हर 2 घंटे</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>हर 4 घंटे</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>हर 12 घंटे</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>केवल जब मैं कहूँ</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>हर 15 मिनट</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>हर 30 मिनट</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>दिन में एक बार</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>सेटिंग के अनुसार</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>फ़ीड का पता:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>वेबसाइट:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>पिछला अपडेट:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>पिछली जाँच:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>अपठित लेख:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>पिछली त्रुटि:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>कोई नहीं</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>स्थिति:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>फ़ीड अब मौजूद नहीं है (सर्वर ने 410 लौटाया)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> दिन</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> लेख</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln तारांकित</numerusform>
                <numerusform>%Ln तारांकित</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln अपठित</numerusform>
                <numerusform>%Ln अपठित</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Link copied.</source>
            <translation>लिंक कॉपी किया गया।</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>शीर्षकों और पाठ में खोजें (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द करें</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%Ln में से %v फ़ीड</numerusform>
                <numerusform>%Ln में से %v फ़ीड</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>सभी लेख</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>अपठित</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>तारांकित</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>पॉडकास्ट</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>फ़ीड</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>दिनांक</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>पाठ का आकार: %Ln px</numerusform>
                <numerusform>पाठ का आकार: %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>सेटिंग सहेजी नहीं जा सकीं: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>पृष्ठभूमि का काम शुरू नहीं हो सका।</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>रीफ़्रेश विफल: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>सहेजा नहीं गया: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>OPML फ़ाइल आयात नहीं हो सकी।</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>सदस्यताएँ निर्यात नहीं हो सकीं।</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Broadsheet के बारे में</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, डेस्कटॉप के लिए समाचार रीडर।</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>डेटा: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>इस लेख का कोई वेब पता नहीं है।</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>यह फ़ीड पढ़ी नहीं जा सकी: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>खोज से मेल खाता कोई लेख नहीं।</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>यहाँ अभी कोई लेख नहीं है। नवीनतम लेख लाने के लिए रीफ़्रेश (F5) करें।</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>फ़ोल्डर में ले जाएँ</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(कोई फ़ोल्डर नहीं)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>यह लेख अब मौजूद नहीं है।</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>लेख का वह संस्करण नहीं लाया जा सका।</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>रीडर व्यू।</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>फ़ीड का पाठ।</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>पढ़ा हुआ चिह्नित किया।</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>अपठित चिह्नित किया।</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>तारांकित किया।</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>तारा हटाया।</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>सब पढ़ा हुआ चिह्नित किया।</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>यहाँ और कोई अपठित लेख नहीं है।</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>लिंक कॉपी किया गया।</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>इस पते के लिए कोई वेब ब्राउज़र नहीं खोला जा सका।</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln नया लेख</numerusform>
                <numerusform>%Ln नए लेख</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln लेख आपके नियमों से मेल खाता है: %1</numerusform>
                <numerusform>%Ln लेख आपके नियमों से मेल खाते हैं: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 और %Ln अन्य</numerusform>
                <numerusform>%1 और %Ln अन्य</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>%Ln फ़ीड में: %1</numerusform>
                <numerusform>%Ln फ़ीड में: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>खोलें</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Broadsheet's database is damaged. What should be done?</source>
            <translation>Broadsheet का डेटाबेस क्षतिग्रस्त है। क्या किया जाए?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>नवीनतम बैकअप %1 का है।</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>जो पढ़ा जा सके उसे पुनर्प्राप्त करें</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>नवीनतम बैकअप पुनर्स्थापित करें</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>बाहर निकलें</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>नवीनतम बैकअप पुनर्स्थापित किया गया।</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>%Ln लेख पुनर्प्राप्त किया गया। क्षतिग्रस्त फ़ाइल %1 के रूप में रखी गई।</numerusform>
                <numerusform>%Ln लेख पुनर्प्राप्त किए गए। क्षतिग्रस्त फ़ाइल %1 के रूप में रखी गई।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln सदस्यता</numerusform>
                <numerusform>%Ln सदस्यताएँ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln फ़ोल्डर</numerusform>
                <numerusform>%Ln फ़ोल्डर</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln लेख</numerusform>
                <numerusform>%Ln लेख</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln पढ़ा हुआ या तारांकित चिह्न</numerusform>
                <numerusform>%Ln पढ़े हुए या तारांकित चिह्न</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>बचाया गया: %1, %2, %3, %4।</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>डिस्क भर गई है: Broadsheet केवल पढ़ सकता है।</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>यह प्रोफ़ाइल केवल पढ़ने के लिए है: Broadsheet केवल पढ़ सकता है, कुछ भी सहेजा नहीं जाता।</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>डेटाबेस की मरम्मत नहीं हो सकी।</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>एक रीफ़्रेश पहले से चल रहा है।</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>रीफ़्रेश करने के लिए अभी कोई सदस्यता नहीं है।</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>पृष्ठभूमि का काम शुरू नहीं हो सका।</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>रीफ़्रेश हो रहा है…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>नए लेख लाए जा रहे हैं…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>लेख %m में से %v</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln नया लेख</numerusform>
                <numerusform>%Ln नए लेख</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>रीफ़्रेश रद्द किया गया: %1 रखे गए।</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln फ़ीड अपडेट हुई</numerusform>
                <numerusform>%Ln फ़ीड अपडेट हुईं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln फ़ीड में कोई बदलाव नहीं</numerusform>
                <numerusform>%Ln फ़ीड में कोई बदलाव नहीं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln फ़ीड विफल रही (चिह्नित फ़ीड देखें)</numerusform>
                <numerusform>%Ln फ़ीड विफल रहीं (चिह्नित फ़ीड देखें)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>रीफ़्रेश पूरा हुआ: %1।</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>RemoteSubscriptions</name>
        <message>
            <source>This computer</source>
            <translation>यह कंप्यूटर</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>खाता:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever सदस्यता नहीं ले सकता: फ़ीड को सर्वर के अपने वेब पेज पर जोड़ें; वह अगले सिंक के साथ यहाँ आ जाएगी।</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever किसी फ़ीड का नाम नहीं बदल सकता, उसे दूसरे फ़ोल्डर में नहीं ले जा सकता और न ही उसकी सदस्यता छोड़ सकता है: यह सर्वर के अपने वेब पेज पर करें; बदलाव अगले सिंक के साथ यहाँ आ जाएगा।</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever किसी फ़ोल्डर का नाम नहीं बदल सकता और न ही उसे हटा सकता है: यह सर्वर के अपने वेब पेज पर करें; बदलाव अगले सिंक के साथ यहाँ आ जाएगा।</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>सर्वर पर सदस्यता बदली जा रही है…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>सर्वर ने बदलाव नहीं किया: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>सर्वर पर हो गया, और सिंक हो गया।</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>नियम</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>नया नियम</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>पाठ</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>शीर्षक या पाठ</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>लेखक</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>लिंक</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>फ़ीड का नाम</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>इन शब्दों को शामिल करता है</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>रेगुलर एक्सप्रेशन से मेल खाता है</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>उदाहरण के लिए: क्रिकेट ट्रांसफ़र*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>नाम:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>कहाँ देखें:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>कैसे:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>पैटर्न:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>फिर:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>नए लेखों के लिए सक्रिय</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>पढ़ा हुआ चिह्नित करें</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>तारा लगाएँ</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>छिपाएँ (कभी सूची में नहीं)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>टैग:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>सूचना दें</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>मौजूदा लेखों पर लागू करें</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>नियम सहेजें</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (बंद)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>यह किससे मेल खाता है, देखने के लिए शब्द या पैटर्न लिखें।</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>यह नियम काम नहीं कर सकता: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>मेल खाने वाले सहेजे गए लेख: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>सबसे नए %2 लेखों में से मेल खाने वाले: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>कुछ लेखों पर पैटर्न बहुत धीमा है: उन्हें छोड़ दिया गया है।</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>सहेजा गया। यह लेखों के आते ही उन पर लागू होता है।</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>लागू किया गया। मेल खाने वाले लेख: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>लागू किया जा रहा है…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>नियम लागू करें</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>नियम हटाएँ</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>सेटिंग</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>पठन</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>पठन मोड:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>हल्का</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>सीपिया</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>गहरा</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>उच्च कंट्रास्ट</translation>
        </message>
        <message>
            <source>System</source>
            <translation>सिस्टम</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>फ़ॉन्ट आकार:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>फ़ॉन्ट:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>सेरिफ़</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>सैन्स सेरिफ़</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>अन्य फ़ॉन्ट</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>पंक्ति की चौड़ाई:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>संकरी</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>मध्यम</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>चौड़ी</translation>
        </message>
        <message>
            <source>General</source>
            <translation>सामान्य</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>भाषा:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>लेख की भाषा:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>इंटरफ़ेस के समान</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>मूल (जैसा प्रकाशित हुआ)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>यदि साइट इस भाषा में प्रकाशित करती है तो लेख इसी भाषा में दिखाए जाते हैं।</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>शुरू होने पर सभी फ़ीड रीफ़्रेश करें</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>रीफ़्रेश का अंतराल:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>बंद</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 मिनट</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 मिनट</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 घंटा</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 घंटे</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>खोलने पर पढ़ा हुआ चिह्नित करें:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>तुरंत</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>कुछ देर बाद</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>कभी नहीं</translation>
        </message>
        <message>
            <source> s</source>
            <translation> से॰</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>पढ़ा हुआ चिह्नित करने से पहले की देरी</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>कैश आकार सीमा:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>डाउनलोड फ़ोल्डर:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>परिषद ने मंगलवार को जलाशय पर एक तैरता सौर फ़ार्म बनाने के पक्ष में मतदान किया।</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>डाउनलोड फ़ोल्डर</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln पिक्सेल</numerusform>
                <numerusform>%Ln पिक्सेल</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>कीबोर्ड शॉर्टकट</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>कुंजी</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>क्रिया</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>%1 पर फ़ीड ढूँढी जा रही है…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>%1 की सदस्यता ली गई।</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>सदस्यता जोड़ें</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>सदस्यता नहीं ली जा सकी।</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>नया फ़ोल्डर</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>फ़ोल्डर का नाम:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>नाम बदलें</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>नया नाम:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>ले जाने के लिए कोई फ़ीड चुनें।</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>इस फ़ीड की सदस्यता छोड़ें? इसके लेख हटा दिए जाएँगे।</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>सदस्यता हटाएँ</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>यह फ़ोल्डर हटाएँ? इसकी फ़ीड एक स्तर ऊपर चली जाएँगी।</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>फ़ोल्डर हटाएँ</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>OPML आयात करें</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML फ़ाइलें (*.opml *.xml);;सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>फ़ाइल बहुत बड़ी है</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>फ़ाइल पढ़ी नहीं जा सकी।</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>आयात हो रहा है…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln सदस्यता जोड़ी गई</numerusform>
                <numerusform>%Ln सदस्यताएँ जोड़ी गईं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln पहले से मौजूद</numerusform>
                <numerusform>%Ln पहले से मौजूद</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2।</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>उनके लेख लाने के लिए F5 (रीफ़्रेश) दबाएँ।</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>कुछ प्रविष्टियाँ छोड़ दी गईं:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>OPML निर्यात करें</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML फ़ाइलें (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>सदस्यताएँ %1 में निर्यात की गईं।</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>यह काम नहीं हुआ।</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>कोई रीफ़्रेश या सिंक पहले से चल रहा है।</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>अभी कोई सिंक खाता नहीं है: फ़ाइल &gt; खाते सिंक करें… से एक जोड़ें</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>बैकग्राउंड कार्य शुरू नहीं हो सका।</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>सिंक हो रहा है…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>सिंक रद्द करें</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>बदलाव भेजे जा रहे हैं: %m में से %v</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>लेख %m में से %v</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>पेज %m में से %v</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>नए लेख लाए जा रहे हैं…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>सिंक विफल: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln नया लेख</numerusform>
                <numerusform>%Ln नए लेख</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>सिंक रद्द किया गया: %1 रखे गए।</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>%1 का सिंक विफल: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>सिंक पूरा हुआ: %1।</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Broadsheet खोलें</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>अभी रीफ़्रेश करें</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>सभी को पढ़ा हुआ चिह्नित करें</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>सूचनाएँ रोकें</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>बाहर निकलें</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln अपठित</numerusform>
                <numerusform>Broadsheet: %Ln अपठित</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>सबसे नए पहले</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>सबसे पुराने पहले</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>शीर्षक के अनुसार</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>फ़ीड के अनुसार</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>लेखक के अनुसार</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>लेख क्रमबद्ध करें(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>केवल अपठित(&amp;U)</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>इस खोज को व्यू के रूप में सहेजें(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>टैग(&amp;T)…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>नियम(&amp;U)…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>व्यू याद रखें</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>खोज सहेजें</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>व्यू का नाम:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>खोज व्यू के रूप में सहेजी गई।</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>टैग</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>टैग:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>“%1” टैग लगाया गया।</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>व्यू हटाएँ</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>सभी रीफ़्रेश करें(&amp;R)</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>यह फ़ीड रीफ़्रेश करें(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>रीफ़्रेश रद्द करें(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>सदस्यता जोड़ें(&amp;A)…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>नया फ़ोल्डर(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>OPML आयात करें(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>OPML निर्यात करें(&amp;E)…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>सुझाई गई समाचार फ़ीड जोड़ें(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>बाहर निकलें(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>अगला लेख(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>पिछला लेख(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>अगला अपठित लेख(&amp;U)</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>पिछला अपठित लेख(&amp;N)</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>स्क्रॉल करें, फिर अगला अपठित</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>तारा लगाएँ / हटाएँ(&amp;S)</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>पढ़ा / अपठित चिह्नित करें(&amp;R)</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>सब पढ़ा हुआ चिह्नित करें(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>ब्राउज़र में खोलें(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>लिंक कॉपी करें(&amp;C)</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>रीडर व्यू(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>खोजें(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>बड़ा पाठ(&amp;B)</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>छोटा पाठ(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>डिफ़ॉल्ट पाठ आकार(&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>सदस्यताएँ दिखाएँ(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>लेख पर ध्यान दें(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>सेटिंग(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>Broadsheet के बारे में(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>नाम बदलें(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>फ़ोल्डर में ले जाएँ(&amp;M)…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>हटाएँ(&amp;M)…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>गुण(&amp;R)</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>अभी खाते सिंक करें(&amp;Y)</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>खाते सिंक करें(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>फ़ाइल(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>देखें(&amp;V)</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>फ़ीड(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>लेख(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>सहायता(&amp;H)</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>सभी फ़ीड रीफ़्रेश करें (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>किसी फ़ीड या साइट की सदस्यता लें (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>सूची में सब कुछ पढ़ा हुआ चिह्नित करें (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>लेख को रीडर व्यू और फ़ीड के पाठ के बीच बदलें (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>टूलबार</translation>
        </message>
    </context>
</TS>
