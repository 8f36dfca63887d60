<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>சந்தாக்கள்</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>ஸ்மார்ட் காட்சிகள், கோப்புறைகள், ஊட்டங்கள் அவற்றின் படிக்காத கட்டுரைகளுடன்</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>தேடல்</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>கட்டுரைகளின் தலைப்புகளிலும் உரையிலும் தேடு (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>கட்டுரைப் பட்டியலும் தேடலும்</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>வாசிப்புப் பலகங்கள்</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>பட்டிப் பட்டை</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Broadsheet இன் ஒவ்வொரு செயலும்: Alt ஐ அழுத்தி, பிறகு அம்பு விசைகள்</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>புதுப்பி, சந்தா செலுத்து, படித்ததாகக் குறி</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>கருவிப்பட்டை</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>நிலை</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>புதுப்பிப்பு மற்றும் செய்யப்பட்டவை பற்றிய செய்திகள்</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>புதுப்பிப்பு முன்னேற்றம்</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>இதுவரை புதுப்பிக்கப்பட்ட ஊட்டங்கள்</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>புதுப்பிப்பை நிறுத்து</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>புதியவை முதலில். J, K நகர்த்தும், S நட்சத்திரமிடும், M படித்ததாகக் குறிக்கும், O திறக்கும்</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>கட்டுரைகள்</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>கட்டுரை</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>எந்தக் கட்டுரையும் திறக்கப்படவில்லை</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>கணக்குகளை ஒத்திசை</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>கணக்கை அகற்று(&amp;R)…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>ஒரு கணக்கைச் சேர்</translation>
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
            <translation>நெறிமுறை(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>சேவையக முகவரி(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>பயனர்பெயர்(&amp;U):</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>கடவுச்சொல் அல்லது API கடவுச்சொல்(&amp;W):</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>வேறொரு கணினிக்குப் பாதுகாப்பற்ற http:// ஐ அனுமதி (கடவுச்சொல் மறையாக்கமின்றி அனுப்பப்படும்)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever மூலம் சந்தா செலுத்தவோ நீக்கவோ முடியாது: சேவையகத்தின் சொந்தப் பக்கங்களில் ஊட்டங்களைச் சேர்த்து அகற்றுங்கள்; அடுத்த ஒத்திசைவில் அவை இங்கே வரும்.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>இணைப்பைச் சோதி(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>கணக்கைச் சேர்(&amp;A)</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%2 இல் %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>ஒருபோதும் ஒத்திசைக்கப்படவில்லை</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>கடைசி ஒத்திசைவு: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln மாற்றம் அனுப்பக் காத்திருக்கிறது</numerusform>
                <numerusform>%Ln மாற்றங்கள் அனுப்பக் காத்திருக்கின்றன</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>கடைசி ஒத்திசைவு தோல்வி: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever மூலம் சந்தா செலுத்த முடியாது: சேவையகத்தில் ஊட்டங்களைச் சேருங்கள்.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>உள்ளூர்: இந்தக் கணினியில் நீங்கள் சந்தா செலுத்திய ஊட்டங்கள்</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>கடவுச்சொற்கள் டெஸ்க்டாப் கீரிங்கில் வைக்கப்படுகின்றன.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>கடவுச்சொற்கள் %1 இல் வைக்கப்படுகின்றன (உங்களால் மட்டுமே படிக்க முடியும்).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>இணைக்கிறது…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>அகற்றுகிறது…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>கணக்கை அகற்று</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>இந்தக் கணக்கை அகற்றவா? அதன் ஊட்டங்களும் கட்டுரைகளும் இந்தக் கணினியிலிருந்து நீங்கும்; சேவையகத்தில் எதுவும் மாறாது.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>இணைப்பு தோல்வி: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>கணக்கு சேர்க்கப்படவில்லை: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>கணக்கு அகற்றப்படவில்லை: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>இணைக்கப்பட்டது: சேவையகம் பயனர்பெயரையும் கடவுச்சொல்லையும் ஏற்றுக்கொண்டது.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>கணக்கு சேர்க்கப்பட்டது. அதன் ஊட்டங்களையும் கட்டுரைகளையும் பெற ஊட்டங்கள் &gt; கணக்குகளை இப்போது ஒத்திசை என்பதைப் பயன்படுத்துங்கள்.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>கணக்கு அகற்றப்பட்டது.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>சந்தாவைச் சேர்</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>ஓர் ஊட்டத்தின் அல்லது இணையதளத்தின் முகவரியைத் தட்டச்சிடுங்கள்: அதன் ஊட்டங்கள் உங்களுக்காகக் கண்டறியப்படும்.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>முகவரி:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(கோப்புறை இல்லை)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>கோப்புறை:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>சந்தா செலுத்து</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>ஊட்டத்தைத் தேடுகிறது…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>சந்தா செலுத்த முடியவில்லை: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>இப்போது</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln நிமி</numerusform>
                <numerusform>%Ln நிமி</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln மணி</numerusform>
                <numerusform>%Ln மணி</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln நாள்</numerusform>
                <numerusform>%Ln நாட்கள்</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>படித்தது</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>படிக்காதது</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>நட்சத்திரமிட்டது</translation>
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
            <translation>கட்டுரை</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>இவற்றிலும்:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>வாசிப்புக் காட்சி கிடைக்கவில்லை: இந்தப் பக்கம் ஒரு கட்டுரை அல்ல.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>உங்கள் உலாவியில் திறக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>இந்த முகவரிக்கு எந்த இணைய உலாவியையும் திறக்க முடியவில்லை.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>மூலத்தைத் திற</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(தலைப்பு இல்லை)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>இணைப்பை நகலெடு</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>எழுதியவர்: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} நிமிட வாசிப்பு</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>ஊட்டத்தின் உரை காட்டப்படுகிறது; முழுக் கட்டுரை தயாராகிறது.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>முழுக் கட்டுரையைத் தயாரிக்க முடியவில்லை; ஊட்டத்தின் உரை காட்டப்படுகிறது.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>இந்தக் கட்டுரையில் உரை இல்லை. படிக்க மூலத்தைத் திறக்கவும்.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>இந்தக் கட்டுரை முழுமையாகக் காட்ட மிக நீளமானது. மீதியைப் படிக்க மூலத்தைத் திறக்கவும்.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Broadsheet-க்கு வரவேற்கிறோம்</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>நீங்கள் பின்தொடரும் செய்தித் தளங்களையும் வலைப்பதிவுகளையும் Broadsheet ஒன்றுசேர்த்து, ஒவ்வொரு கட்டுரையையும் அமைதியான, தெளிவான பார்வையில் காட்டுகிறது, இணைப்பில் இருந்தாலும் இல்லாவிட்டாலும். நீங்கள் கேட்கும் வரை எதுவும் பதிவிறக்கப்படாது.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>ஒரு சந்தாவைச் சேருங்கள்</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>ஓர் ஊட்டத்தின் அல்லது தளத்தின் முகவரி மூலம்.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>சந்தாக்களை இறக்குமதி செய்யுங்கள்</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>வேறொரு வாசிப்பியின் OPML கோப்பிலிருந்து.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>பரிந்துரைக்கப்பட்ட செய்தி ஊட்டங்களைச் சேருங்கள்</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>பல மொழிகளில் உள்ள செய்தித் தளங்களின் சிறு தொகுப்பு.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>பிறகு: F5 புதுப்பிக்கும், J, K கட்டுரைகளுக்கு இடையே நகர்த்தும், Space தொடர்ந்து படிக்கும், Ctrl+Plus, Ctrl+Minus உரை அளவை மாற்றும்.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>இணைப்புகள்</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>ஒலி</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>காணொளி</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>படம்</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>ஆவணம்</translation>
        </message>
        <message>
            <source>File</source>
            <translation>கோப்பு</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>இயக்கு</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>திற</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>பதிவிறக்கு</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ரத்துசெய்</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>பதிவிறக்குகிறது: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>பதிவிறக்கப்பட்டது</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>பதிவிறக்கம் தோல்வி: {}</translation>
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
            <translation>இந்த வகை இணைப்பு திறக்கப்படாது.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>அமர்வுடன் தொடங்குவதை மாற்ற முடியவில்லை: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>பின்னணியில்</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>சாளரத்தை மூடினால் Broadsheet தட்டில் இருக்கும்</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>தட்டில் மறைந்தபடி தொடங்கு</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>இந்தப் பணிமேடையில் கணினித் தட்டு இல்லை: சாளரத்தை மூடினால் Broadsheet வெளியேறும்.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>அமர்வுடன் தொடங்கு (இங்கே இன்னும் கிடைக்கவில்லை)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>பணிமேடை அமர்வுடன் தொடங்கு</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>புதிய கட்டுரைகளைப் பற்றி அறிவி</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>அமைதி நேரம்</translation>
        </message>
        <message>
            <source>to</source>
            <translation>முதல்</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>அனைத்தையும் படித்ததாகக் குறித்ததைச் செயல்தவிர்(&amp;U)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>செயல்தவிர்</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>அந்தக் கட்டுரைகளை மீண்டும் படிக்காததாகக் குறி (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>மீண்டும் படிக்காதவை: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>இந்தக் கோப்புக்கு எந்த நிரலையும் திறக்க முடியவில்லை.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>பதிவிறக்கங்கள் சாத்தியமில்லை: பின்னணிப் பணி தொடங்கவில்லை.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>%1 ஐ %2 க்குப் பதிவிறக்குகிறது</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>%1 ஐப் பதிவிறக்குகிறது: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>%1 க்குப் பதிவிறக்கப்பட்டது</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>பதிவிறக்கம் ரத்துசெய்யப்பட்டது.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>பதிவிறக்கம் தோல்வி: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>இந்த சுயவிவரத்துடன் Broadsheet ஏற்கெனவே இயங்குகிறது.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>தரவுத்தளத்தைத் திறக்க முடியவில்லை; எதுவும் மாற்றப்படவில்லை.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: எதிர்பாராத பிழை</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>ஏதோ தவறு நடந்தது, ஆனால் Broadsheet தொடர்ந்து இயங்குகிறது. விவரங்கள் பதிவுக் கோப்பில் உள்ளன:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>அறிவிப்புகள்:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>அமைப்புகளில் உள்ளபடி</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>எப்போதும்</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>ஒருபோதும் இல்லை</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>அனைத்தையும் தேர்ந்தெடு</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>எதையும் தேர்ந்தெடுக்காதே</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>ஊட்டத்தின் பண்புகள்</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ஒருபோதும் இல்லை</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>பெயர்:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>வாசிப்புக் காட்சி</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>ஊட்ட உரை</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>மூலப் பக்கம் (உலாவியில்)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>கட்டுரைகளை இவ்வாறு காட்டு:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>புதுப்பி:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>குறிப்பிட்ட எண்ணிக்கையிலான படித்த கட்டுரைகள்</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>சில நாட்களுக்குப் படித்த கட்டுரைகள்</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>வைத்திரு:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>படிக்காத மற்றும் நட்சத்திரமிட்ட கட்டுரைகள் எப்போதும் வைக்கப்படும்.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>ஒவ்வொரு மணி நேரமும்</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>ஒவ்வொரு 2 மணி நேரமும்</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>ஒவ்வொரு 4 மணி நேரமும்</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>ஒவ்வொரு 12 மணி நேரமும்</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>நான் கேட்கும்போது மட்டும்</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>ஒவ்வொரு 15 நிமிடமும்</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>ஒவ்வொரு 30 நிமிடமும்</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>நாளுக்கு ஒருமுறை</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>அமைப்புகளில் உள்ளபடி</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>ஊட்ட முகவரி:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>இணையதளம்:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>கடைசிப் புதுப்பிப்பு:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>கடைசிச் சரிபார்ப்பு:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>படிக்காத கட்டுரைகள்:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>கடைசிப் பிழை:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ஏதுமில்லை</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>நிலை:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>ஊட்டம் இனி இல்லை (சேவையகம் 410 எனப் பதிலளித்தது)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> நாட்கள்</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> கட்டுரைகள்</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln நட்சத்திரமிட்டது</numerusform>
                <numerusform>%Ln நட்சத்திரமிட்டவை</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln படிக்காதது</numerusform>
                <numerusform>%Ln படிக்காதவை</numerusform>
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
            <translation>இணைப்பு நகலெடுக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>தலைப்புகளிலும் உரையிலும் தேடு (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ரத்துசெய்</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%Ln இல் %v ஊட்டம்</numerusform>
                <numerusform>%Ln இல் %v ஊட்டங்கள்</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>எல்லாக் கட்டுரைகளும்</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>படிக்காதவை</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>நட்சத்திரமிட்டவை</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>பாட்காஸ்ட்கள்</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>தலைப்பு</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>ஊட்டம்</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>தேதி</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>உரை அளவு: %Ln px</numerusform>
                <numerusform>உரை அளவு: %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>அமைப்புகளைச் சேமிக்க முடியவில்லை: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>பின்னணிப் பணியைத் தொடங்க முடியவில்லை.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>புதுப்பிப்பு தோல்வி: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>சேமிக்கப்படவில்லை: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>OPML கோப்பை இறக்குமதி செய்ய முடியவில்லை.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>சந்தாக்களை ஏற்றுமதி செய்ய முடியவில்லை.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Broadsheet பற்றி</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, கணினிக்கான செய்தி வாசிப்பி.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>தரவு: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>இந்தக் கட்டுரைக்கு இணைய முகவரி இல்லை.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>இந்த ஊட்டத்தைப் படிக்க முடியவில்லை: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>தேடலுக்குப் பொருந்தும் கட்டுரை இல்லை.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>இங்கே இன்னும் கட்டுரைகள் இல்லை. புதியவற்றைப் பெறப் புதுப்பியுங்கள் (F5).</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>கோப்புறைக்கு நகர்த்து</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(கோப்புறை இல்லை)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>இந்தக் கட்டுரை இப்போது இல்லை.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>கட்டுரையின் அந்தப் பதிப்பைப் பெற முடியவில்லை.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>வாசிப்புக் காட்சி.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>ஊட்ட உரை.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>படித்ததாகக் குறிக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>படிக்காததாகக் குறிக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>நட்சத்திரமிடப்பட்டது.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>நட்சத்திரம் நீக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>எல்லாம் படித்ததாகக் குறிக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>இங்கே படிக்காத கட்டுரைகள் வேறு இல்லை.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>இணைப்பு நகலெடுக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>இந்த முகவரிக்கு எந்த இணைய உலாவியையும் திறக்க முடியவில்லை.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln புதிய கட்டுரை</numerusform>
                <numerusform>%Ln புதிய கட்டுரைகள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln உங்கள் விதிகளுடன் பொருந்தியது: %1</numerusform>
                <numerusform>%Ln உங்கள் விதிகளுடன் பொருந்தின: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 மற்றும் மேலும் %Ln</numerusform>
                <numerusform>%1 மற்றும் மேலும் %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>%Ln ஊட்டத்தில்: %1</numerusform>
                <numerusform>%Ln ஊட்டங்களில்: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>திற</translation>
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
            <translation>Broadsheet-இன் தரவுத்தளம் சேதமடைந்துள்ளது. என்ன செய்ய வேண்டும்?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>சமீபத்திய காப்புப்பிரதி %1 அன்று எடுக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>படிக்கக்கூடியதை மீட்டெடு</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>சமீபத்திய காப்புப்பிரதியை மீட்டமை</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>வெளியேறு</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>சமீபத்திய காப்புப்பிரதி மீட்டமைக்கப்பட்டது.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>%Ln கட்டுரை மீட்கப்பட்டது. சேதமடைந்த கோப்பு %1 ஆக வைக்கப்பட்டது.</numerusform>
                <numerusform>%Ln கட்டுரைகள் மீட்கப்பட்டன. சேதமடைந்த கோப்பு %1 ஆக வைக்கப்பட்டது.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln சந்தா</numerusform>
                <numerusform>%Ln சந்தாக்கள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln கோப்புறை</numerusform>
                <numerusform>%Ln கோப்புறைகள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln கட்டுரை</numerusform>
                <numerusform>%Ln கட்டுரைகள்</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln படித்த அல்லது நட்சத்திரக் குறி</numerusform>
                <numerusform>%Ln படித்த அல்லது நட்சத்திரக் குறிகள்</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>மீட்கப்பட்டவை: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>வட்டு நிரம்பிவிட்டது: Broadsheet-ஆல் படிக்க மட்டுமே முடியும்.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>இந்தச் சுயவிவரம் படிக்க மட்டுமே: Broadsheet-ஆல் படிக்க மட்டுமே முடியும், எதுவும் சேமிக்கப்படாது.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>தரவுத்தளத்தைச் சரிசெய்ய முடியவில்லை.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>ஒரு புதுப்பிப்பு ஏற்கெனவே நடக்கிறது.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>புதுப்பிக்க இன்னும் சந்தாக்கள் இல்லை.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>பின்னணிப் பணியைத் தொடங்க முடியவில்லை.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>புதுப்பிக்கிறது…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>புதிய கட்டுரைகளைப் பெறுகிறது…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>கட்டுரைகள் %m இல் %v</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln புதிய கட்டுரை</numerusform>
                <numerusform>%Ln புதிய கட்டுரைகள்</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>புதுப்பிப்பு ரத்துசெய்யப்பட்டது: %1 வைக்கப்பட்டன.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln ஊட்டம் புதுப்பிக்கப்பட்டது</numerusform>
                <numerusform>%Ln ஊட்டங்கள் புதுப்பிக்கப்பட்டன</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln ஊட்டம் மாறவில்லை</numerusform>
                <numerusform>%Ln ஊட்டங்கள் மாறவில்லை</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln ஊட்டம் தோல்வியடைந்தது (குறிக்கப்பட்ட ஊட்டங்களைப் பாருங்கள்)</numerusform>
                <numerusform>%Ln ஊட்டங்கள் தோல்வியடைந்தன (குறிக்கப்பட்ட ஊட்டங்களைப் பாருங்கள்)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>புதுப்பிப்பு முடிந்தது: %1.</translation>
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
            <translation>இந்தக் கணினி</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>கணக்கு:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever-ஆல் குழுசேர முடியாது: ஊட்டத்தைச் சேவையகத்தின் சொந்த வலைப்பக்கத்தில் சேர்க்கவும்; அடுத்த ஒத்திசைவில் அது இங்கே வரும்.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever-ஆல் ஒரு ஊட்டத்தின் பெயரை மாற்றவோ, நகர்த்தவோ, குழுவிலகவோ முடியாது: அதைச் சேவையகத்தின் சொந்த வலைப்பக்கத்தில் செய்யவும்; மாற்றம் அடுத்த ஒத்திசைவில் இங்கே வரும்.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever-ஆல் ஒரு கோப்புறையின் பெயரை மாற்றவோ அதை அகற்றவோ முடியாது: அதைச் சேவையகத்தின் சொந்த வலைப்பக்கத்தில் செய்யவும்; மாற்றம் அடுத்த ஒத்திசைவில் இங்கே வரும்.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>சேவையகத்தில் சந்தா மாற்றப்படுகிறது…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>சேவையகம் மாற்றத்தைச் செய்யவில்லை: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>சேவையகத்தில் முடிந்தது, ஒத்திசைக்கப்பட்டது.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>விதிகள்</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>புதிய விதி</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>நீக்கு</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>தலைப்பு</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>உரை</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>தலைப்பு அல்லது உரை</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>ஆசிரியர்</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>இணைப்பு</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>ஊட்டப் பெயர்</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>இந்தச் சொற்களைக் கொண்டுள்ளது</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>இந்த வழக்கமான கோவையுடன் பொருந்துகிறது</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>எடுத்துக்காட்டு: கால்பந்து இடமாற்றம்*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>பெயர்:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>எங்கே பார்க்க:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>எப்படி:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>வடிவம்:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>பிறகு:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>புதிய கட்டுரைகளுக்குச் செயலில்</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>படித்ததாகக் குறி</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>நட்சத்திரமிடு</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>மறை (ஒருபோதும் பட்டியலிடாதே)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>குறிச்சொல்:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>அறிவி</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>ஏற்கெனவே உள்ள கட்டுரைகளுக்குப் பயன்படுத்து</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>விதியைச் சேமி</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (அணைக்கப்பட்டது)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>இது எதனுடன் பொருந்துகிறது என்று பார்க்கச் சொற்களையோ வடிவத்தையோ தட்டச்சு செய்யுங்கள்.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>இந்த விதி செயல்பட முடியாது: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>இது பொருந்தும் சேமிக்கப்பட்ட கட்டுரைகள்: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>புதிய %2 கட்டுரைகளில் இது பொருந்துபவை: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>சில கட்டுரைகளில் இந்த வடிவம் மிக மெதுவாக உள்ளது: அவை தவிர்க்கப்படுகின்றன.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>சேமிக்கப்பட்டது. கட்டுரைகள் வரும்போதே இது அவற்றின் மீது செயல்படும்.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>பயன்படுத்தப்பட்டது. இது பொருந்திய கட்டுரைகள்: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>பயன்படுத்துகிறது…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>விதியைப் பயன்படுத்து</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>விதியை நீக்கு</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>அமைப்புகள்</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>வாசிப்பு</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>வாசிப்புப் பயன்முறை:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>வெளிர்</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>செப்பியா</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>இருள்</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>உயர் மாறுபாடு</translation>
        </message>
        <message>
            <source>System</source>
            <translation>கணினி</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>எழுத்துரு அளவு:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>எழுத்துரு:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>செரிஃப்</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>சான்ஸ் செரிஃப்</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>வேறு எழுத்துரு</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>வரி அகலம்:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>குறுகியது</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>நடுத்தரம்</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>அகலமானது</translation>
        </message>
        <message>
            <source>General</source>
            <translation>பொது</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>மொழி:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>கட்டுரை மொழி:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>இடைமுகத்தின் மொழியே</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>மூலம் (வெளியிட்டபடி)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>தளம் இந்த மொழியில் வெளியிட்டால் கட்டுரைகள் இந்த மொழியில் காட்டப்படும்.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>தொடங்கும்போது எல்லா ஊட்டங்களையும் புதுப்பி</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>புதுப்பிக்கும் இடைவெளி:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>அணை</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 நிமிடங்கள்</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 நிமிடங்கள்</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 மணிநேரம்</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 மணிநேரம்</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>திறக்கும்போது படித்ததாகக் குறி:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>உடனே</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>சிறிது நேரம் கழித்து</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>ஒருபோதும் இல்லை</translation>
        </message>
        <message>
            <source> s</source>
            <translation> வி.</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>படித்ததாகக் குறிக்கும் முன் தாமதம்</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>தற்காலிகச் சேமிப்பக அளவு வரம்பு:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>பதிவிறக்கக் கோப்புறை:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>நீர்த்தேக்கத்தில் மிதக்கும் சூரிய மின் பண்ணை அமைக்க நகர்மன்றம் செவ்வாய்க்கிழமை வாக்களித்தது.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>பதிவிறக்கக் கோப்புறை</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln படப்புள்ளி</numerusform>
                <numerusform>%Ln படப்புள்ளி</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>விசைப்பலகைக் குறுக்குவழிகள்</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>விசை</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>செயல்</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>%1 இல் ஊட்டம் தேடப்படுகிறது…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>%1 க்குச் சந்தா செலுத்தப்பட்டது.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>சந்தாவைச் சேர்</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>சந்தா செலுத்த முடியவில்லை.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>புதிய கோப்புறை</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>கோப்புறைப் பெயர்:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>மறுபெயரிடு</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>புதிய பெயர்:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>நகர்த்த ஓர் ஊட்டத்தைத் தேர்ந்தெடுங்கள்.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>இந்த ஊட்டத்திலிருந்து விலகவா? அதன் கட்டுரைகள் நீக்கப்படும்.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>சந்தாவை அகற்று</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>இந்தக் கோப்புறையை அகற்றவா? அதன் ஊட்டங்கள் ஒரு நிலை மேலே செல்லும்.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>கோப்புறையை அகற்று</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>OPML இறக்குமதி</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML கோப்புகள் (*.opml *.xml);;எல்லாக் கோப்புகளும் (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>கோப்பு மிகப் பெரியது</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>கோப்பைப் படிக்க முடியவில்லை.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>இறக்குமதி செய்கிறது…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln சந்தா சேர்க்கப்பட்டது</numerusform>
                <numerusform>%Ln சந்தாக்கள் சேர்க்கப்பட்டன</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln ஏற்கெனவே உள்ளது</numerusform>
                <numerusform>%Ln ஏற்கெனவே உள்ளன</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>அவற்றின் கட்டுரைகளைப் பெற F5 (புதுப்பி) அழுத்துங்கள்.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>சில பதிவுகள் தவிர்க்கப்பட்டன:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>OPML ஏற்றுமதி</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML கோப்புகள் (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>சந்தாக்கள் %1 க்கு ஏற்றுமதி செய்யப்பட்டன.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>அது வேலை செய்யவில்லை.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>ஒரு புதுப்பிப்போ ஒத்திசைவோ ஏற்கெனவே இயங்குகிறது.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>இன்னும் ஒத்திசைவுக் கணக்குகள் இல்லை: கோப்பு &gt; கணக்குகளை ஒத்திசை… மூலம் ஒன்றைச் சேருங்கள்</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>பின்னணிப் பணியைத் தொடங்க முடியவில்லை.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>ஒத்திசைக்கிறது…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>ஒத்திசைவை ரத்துசெய்</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>மாற்றங்களை அனுப்புகிறது: %m இல் %v</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>கட்டுரைகள் %m இல் %v</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>பக்கங்கள் %m இல் %v</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>புதிய கட்டுரைகளைப் பெறுகிறது…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>ஒத்திசைவு தோல்வி: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln புதிய கட்டுரை</numerusform>
                <numerusform>%Ln புதிய கட்டுரைகள்</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>ஒத்திசைவு ரத்துசெய்யப்பட்டது: %1 வைக்கப்பட்டன.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>%1 இன் ஒத்திசைவு தோல்வி: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>ஒத்திசைவு முடிந்தது: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Broadsheet ஐத் திற</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>இப்போது புதுப்பி</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>அனைத்தையும் படித்ததாகக் குறி</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>அறிவிப்புகளை இடைநிறுத்து</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>வெளியேறு</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln படிக்காதது</numerusform>
                <numerusform>Broadsheet: %Ln படிக்காதவை</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>புதியவை முதலில்</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>பழையவை முதலில்</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>தலைப்பின்படி</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>ஊட்டத்தின்படி</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>ஆசிரியரின்படி</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>கட்டுரைகளை வரிசைப்படுத்து(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>படிக்காதவை மட்டும்(&amp;U)</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>இந்தத் தேடலைக் காட்சியாகச் சேமி(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>குறிச்சொல்(&amp;T)…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>விதிகள்(&amp;U)…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>காட்சியை நினைவில் வை</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>தேடலைச் சேமி</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>காட்சியின் பெயர்:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>தேடல் காட்சியாகச் சேமிக்கப்பட்டது.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>குறிச்சொல்</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>குறிச்சொல்:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>“%1” எனக் குறிச்சொல்லிடப்பட்டது.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>காட்சியை அகற்று</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>எல்லாவற்றையும் புதுப்பி(&amp;R)</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>இந்த ஊட்டத்தைப் புதுப்பி(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>புதுப்பிப்பை ரத்துசெய்(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>சந்தாவைச் சேர்(&amp;A)…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>புதிய கோப்புறை(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>OPML இறக்குமதி(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>OPML ஏற்றுமதி(&amp;E)…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>பரிந்துரைக்கப்பட்ட ஊட்டங்களைச் சேர்(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>வெளியேறு(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>அடுத்த கட்டுரை(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>முந்தைய கட்டுரை(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>அடுத்த படிக்காத கட்டுரை(&amp;U)</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>முந்தைய படிக்காத கட்டுரை(&amp;N)</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>உருட்டி, பிறகு அடுத்த படிக்காதது</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>நட்சத்திரமிடு / நீக்கு(&amp;S)</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>படித்தது / படிக்காதது எனக் குறி(&amp;R)</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>எல்லாம் படித்ததாகக் குறி(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>உலாவியில் திற(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>இணைப்பை நகலெடு(&amp;C)</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>வாசிப்புக் காட்சி(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>தேடு(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>பெரிய உரை(&amp;B)</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>சிறிய உரை(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>இயல்பு உரை அளவு(&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>சந்தாக்களைக் காட்டு(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>கட்டுரையில் கவனம்(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>அமைப்புகள்(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>விசைப்பலகைக் குறுக்குவழிகள்(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>Broadsheet பற்றி(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>மறுபெயரிடு(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>கோப்புறைக்கு நகர்த்து(&amp;M)…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>அகற்று(&amp;M)…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>பண்புகள்(&amp;R)</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>கணக்குகளை இப்போது ஒத்திசை(&amp;Y)</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>கணக்குகளை ஒத்திசை(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>கோப்பு(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>காட்சி(&amp;V)</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>ஊட்டங்கள்(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>கட்டுரை(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>உதவி(&amp;H)</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>எல்லா ஊட்டங்களையும் புதுப்பி (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>ஓர் ஊட்டத்துக்கு அல்லது தளத்துக்குச் சந்தா செலுத்து (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>பட்டியலில் உள்ள அனைத்தையும் படித்ததாகக் குறி (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>கட்டுரையை வாசிப்புக் காட்சிக்கும் ஊட்ட உரைக்கும் இடையே மாற்று (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>கருவிப்பட்டை</translation>
        </message>
    </context>
</TS>
