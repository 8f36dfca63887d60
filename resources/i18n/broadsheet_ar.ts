<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>الاشتراكات</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>العروض الذكية والمجلدات والموجزات مع مقالاتها غير المقروءة</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>البحث</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>ابحث في عناوين المقالات ونصوصها (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>قائمة المقالات والبحث</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>أجزاء القراءة</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>شريط القوائم</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>كل أوامر Broadsheet: اضغط Alt ثم مفاتيح الأسهم</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>التحديث والاشتراك والتعليم كمقروء</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>شريط الأدوات</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>رسائل عن التحديث وعمّا أُنجز</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>تقدّم التحديث</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>الموجزات التي حُدّثت حتى الآن</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>أوقف التحديث</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>الأحدث أولًا. J وK للتنقل، وS للتمييز بنجمة، وM للتعليم كمقروء، وO للفتح</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>المقالات</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>المقالة</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>لا مقالة مفتوحة</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>حسابات المزامنة</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>إ&amp;زالة الحساب…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>إضافة حساب</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>واجهة Google Reader البرمجية (FreshRSS وMiniflux وInoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>واجهة Fever البرمجية (FreshRSS وMiniflux وyarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>ال&amp;بروتوكول:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>عنوان ال&amp;خادم:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>اسم ال&amp;مستخدم:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>&amp;كلمة المرور أو كلمة مرور الواجهة البرمجية:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>السماح باتصال http:// غير الآمن بجهاز آخر (تنتقل كلمة المرور دون تشفير)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>لا يستطيع Fever الاشتراك ولا إلغاءه: أضف الموجزات واحذفها من صفحات الخادم نفسه، وستصل إلى هنا مع المزامنة التالية.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>ا&amp;ختبار الاتصال</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>إ&amp;ضافة الحساب</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 على %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>لم تتم مزامنته قط</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>آخر مزامنة: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln تغيير ينتظر الإرسال</numerusform>
                <numerusform>%Ln تغيير ينتظر الإرسال</numerusform>
                <numerusform>%Ln تغييران ينتظران الإرسال</numerusform>
                <numerusform>%Ln تغييرات تنتظر الإرسال</numerusform>
                <numerusform>%Ln تغييرًا ينتظر الإرسال</numerusform>
                <numerusform>%Ln تغيير ينتظر الإرسال</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>فشلت آخر مزامنة: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>لا يستطيع Fever الاشتراك: أضف الموجزات على الخادم.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>محلي: الموجزات التي تشترك فيها على هذا الحاسوب</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>تُحفظ كلمات المرور في حلقة مفاتيح سطح المكتب.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>تُحفظ كلمات المرور في %1 (لا يقرؤه أحد سواك).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>جارٍ الاتصال…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>جارٍ الإزالة…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>إزالة الحساب</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>إزالة هذا الحساب؟ ستُحذف موجزاته ومقالاته من هذا الحاسوب، ولن يتغير شيء على الخادم.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>فشل الاتصال: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>لم يُضف الحساب: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>لم يُزل الحساب: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>تم الاتصال: قبِل الخادم اسم المستخدم وكلمة المرور.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>أُضيف الحساب. استخدم الموجزات &gt; مزامنة الحسابات الآن لجلب موجزاته ومقالاته.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>أُزيل الحساب.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>إضافة اشتراك</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>اكتب عنوان موجز أو موقع ويب، وسنعثر لك على موجزاته.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>العنوان:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(بلا مجلد)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>المجلد:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>اشترك</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>جارٍ البحث عن موجز…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>تعذّر الاشتراك: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>الآن</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقيقتان</numerusform>
                <numerusform>%Ln دقائق</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln ساعة</numerusform>
                <numerusform>%Ln ساعة</numerusform>
                <numerusform>%Ln ساعتان</numerusform>
                <numerusform>%Ln ساعات</numerusform>
                <numerusform>%Ln ساعة</numerusform>
                <numerusform>%Ln ساعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln يومان</numerusform>
                <numerusform>%Ln أيام</numerusform>
                <numerusform>%Ln يومًا</numerusform>
                <numerusform>%Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d MMMM</translation>
        </message>
        <message>
            <source>read</source>
            <translation>مقروءة</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>غير مقروءة</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>مميّزة بنجمة</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>المقالة</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>افتح الأصل</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(بلا عنوان)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>انسخ الرابط</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>بقلم {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>مدة القراءة: {} د</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>يُعرض نص الموجز؛ جارٍ تجهيز المقالة الكاملة.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>تعذّر تجهيز المقالة الكاملة؛ يُعرض نص الموجز.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>لا نص في هذه المقالة. افتح الأصل لقراءتها.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>هذه المقالة أطول من أن تُعرض كاملة. افتح الأصل لقراءة البقية.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>مرحبًا بك في برودشيت</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>يجمع برودشيت مواقع الأخبار والمدونات التي تتابعها، ويعرض كل مقالة في عرض هادئ ونظيف، متصلًا أو غير متصل. لا يُجلب شيء حتى تطلب.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>أضف اشتراكًا</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>بعنوان موجز أو موقع.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>استورد الاشتراكات</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>من ملف OPML من قارئ آخر.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>أضف موجزات إخبارية مقترحة</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>مجموعة صغيرة من مواقع الأخبار بعدة لغات.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>ثم: F5 للتحديث، وJ وK للتنقل بين المقالات، والمسافة لمتابعة القراءة، وCtrl+Plus وCtrl+Minus لتغيير حجم النص.</translation>
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>لا يُفتح هذا النوع من الروابط.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>تعذّر فتح متصفح ويب لهذا العنوان.</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>عرض القراءة غير متاح: الصفحة ليست مقالًا.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>فُتح في متصفحك.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>المرفقات</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>صوت</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>فيديو</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>صورة</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>مستند</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ملف</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>تشغيل</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>تنزيل</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>جارٍ التنزيل: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>تم التنزيل</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>فشل التنزيل: {}</translation>
        </message>
        <message>
            <source>{} KB</source>
            <translation>{} ك.ب</translation>
        </message>
        <message>
            <source>{} MB</source>
            <translation>{} م.ب</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>متوفر أيضًا بـ:</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>تعذّر تغيير البدء مع الجلسة: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>في الخلفية</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>إغلاق النافذة يُبقي Broadsheet في علبة النظام</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>ابدأ مخفيًا في علبة النظام</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>لا توجد علبة نظام في سطح المكتب هذا: إغلاق النافذة يُنهي Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>ابدأ مع الجلسة (غير متاح هنا بعد)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>ابدأ مع جلسة سطح المكتب</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>أشعِر بالمقالات الجديدة</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>ساعات الهدوء من</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>ترا&amp;جع عن تعليم الكل كمقروء</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>إعادة تعليم هذه المقالات كغير مقروءة (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>غير مقروءة مجددًا: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>تعذّر فتح أي برنامج لهذا الملف.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>التنزيل غير ممكن: لم يبدأ العمل في الخلفية.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>جارٍ تنزيل %1 إلى %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>جارٍ تنزيل %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>تم التنزيل إلى %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>أُلغي التنزيل.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>فشل التنزيل: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>برودشيت: خطأ غير متوقع</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>حدث خطأ ما، لكن برودشيت ما زال يعمل. التفاصيل في ملف السجل:</translation>
        </message>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>برودشيت يعمل بالفعل بهذا الملف الشخصي.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>تعذّر فتح قاعدة البيانات؛ لم يُغيَّر شيء.</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>الإشعارات:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>كما في الإعدادات</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>دائمًا</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>تحديد الكل</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>إلغاء تحديد الكل</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>خصائص الموجز</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>الاسم:</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>عنوان الموجز:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>الموقع:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>آخر تحديث:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>آخر فحص:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>المقالات غير المقروءة:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>آخر خطأ:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>الحالة:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>الموجز لم يعد موجودًا (أجاب الخادم 410)</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>عرض القراءة</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>نص الموجز</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>الصفحة الأصلية (في المتصفح)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>عرض المقالات كـ:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>التحديث:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>عددًا من المقالات المقروءة</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>المقالات المقروءة لعدد من الأيام</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>الاحتفاظ:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>يُحتفظ دائمًا بالمقالات غير المقروءة والمميزة بنجمة.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>كل ساعة</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>كل ساعتين</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>كل 4 ساعات</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>كل 12 ساعة</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>فقط عندما أطلب</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>كل 15 دقيقة</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>كل 30 دقيقة</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>مرة في اليوم</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>كما في الإعدادات</translation>
        </message>
        <message>
            <source> days</source>
            <translation> يوم</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> مقال</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln مميّزة بنجمة</numerusform>
                <numerusform>%Ln مميّزة بنجمة</numerusform>
                <numerusform>%Ln مميّزتان بنجمة</numerusform>
                <numerusform>%Ln مميّزة بنجمة</numerusform>
                <numerusform>%Ln مميّزةً بنجمة</numerusform>
                <numerusform>%Ln مميّزة بنجمة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln غير مقروءة</numerusform>
                <numerusform>%Ln غير مقروءة</numerusform>
                <numerusform>%Ln غير مقروءتين</numerusform>
                <numerusform>%Ln غير مقروءة</numerusform>
                <numerusform>%Ln غير مقروءة</numerusform>
                <numerusform>%Ln غير مقروءة</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Link copied.</source>
            <translation>نُسخ الرابط.</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v من %Ln موجز</numerusform>
                <numerusform>%v من %Ln موجز</numerusform>
                <numerusform>%v من %Ln موجزين</numerusform>
                <numerusform>%v من %Ln موجزات</numerusform>
                <numerusform>%v من %Ln موجزًا</numerusform>
                <numerusform>%v من %Ln موجز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>حجم النص: %Ln بكسل</numerusform>
                <numerusform>حجم النص: %Ln بكسل</numerusform>
                <numerusform>حجم النص: %Ln بكسل</numerusform>
                <numerusform>حجم النص: %Ln بكسل</numerusform>
                <numerusform>حجم النص: %Ln بكسل</numerusform>
                <numerusform>حجم النص: %Ln بكسل</numerusform>
            </translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>برودشيت</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>ابحث في العناوين والنصوص (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>كل المقالات</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>غير المقروءة</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>المميّزة بنجمة</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>الموجز</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>تعذّر حفظ الإعدادات: %1</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>تعذّرت قراءة هذا الموجز: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>لا مقالات تطابق البحث.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>لا مقالات هنا بعد. حدّث (F5) لجلب أحدثها.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>تعذّر بدء العمل في الخلفية.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>فشل التحديث: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>لم يُحفظ: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>تعذّر استيراد ملف OPML.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>تعذّر تصدير الاشتراكات.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>عن برودشيت</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>برودشيت %1، قارئ أخبار لسطح المكتب.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>البيانات: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>ليس لهذه المقالة عنوان ويب.</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>البودكاست</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>نقل إلى مجلد</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(بلا مجلد)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>هذه المقالة لم تعد موجودة.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>عُلّمت كمقروءة.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>عُلّمت كغير مقروءة.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>مُيّزت بنجمة.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>أُزيلت النجمة.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>عُلّم الكل كمقروء.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>لا مزيد من المقالات غير المقروءة هنا.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>نُسخ الرابط.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>تعذّر فتح متصفح ويب لهذا العنوان.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>عرض القراءة.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>نص الموجز.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>تعذّر جلب هذه النسخة من المقال.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln مقالة جديدة</numerusform>
                <numerusform>%Ln مقالة جديدة</numerusform>
                <numerusform>%Ln مقالتان جديدتان</numerusform>
                <numerusform>%Ln مقالات جديدة</numerusform>
                <numerusform>%Ln مقالة جديدة</numerusform>
                <numerusform>%Ln مقالة جديدة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln مقالة طابقت قواعدك: %1</numerusform>
                <numerusform>%Ln مقالة طابقت قواعدك: %1</numerusform>
                <numerusform>%Ln مقالتان طابقتا قواعدك: %1</numerusform>
                <numerusform>%Ln مقالات طابقت قواعدك: %1</numerusform>
                <numerusform>%Ln مقالة طابقت قواعدك: %1</numerusform>
                <numerusform>%Ln مقالة طابقت قواعدك: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 و%Ln موجز آخر</numerusform>
                <numerusform>%1 و%Ln موجز آخر</numerusform>
                <numerusform>%1 و%Ln موجزان آخران</numerusform>
                <numerusform>%1 و%Ln موجزات أخرى</numerusform>
                <numerusform>%1 و%Ln موجزًا آخر</numerusform>
                <numerusform>%1 و%Ln موجز آخر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>في %Ln موجز: %1</numerusform>
                <numerusform>في %Ln موجز: %1</numerusform>
                <numerusform>في %Ln موجزين: %1</numerusform>
                <numerusform>في %Ln موجزات: %1</numerusform>
                <numerusform>في %Ln موجزًا: %1</numerusform>
                <numerusform>في %Ln موجز: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Broadsheet's database is damaged. What should be done?</source>
            <translation>قاعدة بيانات برودشيت تالفة. ماذا تريد أن تفعل؟</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>أحدث نسخة احتياطية من %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>استعد ما يمكن قراءته</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>استرجع أحدث نسخة احتياطية</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>استُرجعت أحدث نسخة احتياطية.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>استُعيدت %Ln مقالة. احتُفظ بالملف التالف باسم %1.</numerusform>
                <numerusform>استُعيدت %Ln مقالة. احتُفظ بالملف التالف باسم %1.</numerusform>
                <numerusform>استُعيدت %Ln مقالتان. احتُفظ بالملف التالف باسم %1.</numerusform>
                <numerusform>استُعيدت %Ln مقالات. احتُفظ بالملف التالف باسم %1.</numerusform>
                <numerusform>استُعيدت %Ln مقالةً. احتُفظ بالملف التالف باسم %1.</numerusform>
                <numerusform>استُعيدت %Ln مقالة. احتُفظ بالملف التالف باسم %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln اشتراك</numerusform>
                <numerusform>%Ln اشتراك</numerusform>
                <numerusform>%Ln اشتراكان</numerusform>
                <numerusform>%Ln اشتراكات</numerusform>
                <numerusform>%Ln اشتراكًا</numerusform>
                <numerusform>%Ln اشتراك</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln مجلد</numerusform>
                <numerusform>%Ln مجلد</numerusform>
                <numerusform>%Ln مجلدان</numerusform>
                <numerusform>%Ln مجلدات</numerusform>
                <numerusform>%Ln مجلدًا</numerusform>
                <numerusform>%Ln مجلد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln مقالة</numerusform>
                <numerusform>%Ln مقالة</numerusform>
                <numerusform>%Ln مقالتان</numerusform>
                <numerusform>%Ln مقالات</numerusform>
                <numerusform>%Ln مقالةً</numerusform>
                <numerusform>%Ln مقالة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln علامة قراءة أو تمييز بنجمة</numerusform>
                <numerusform>%Ln علامة قراءة أو تمييز بنجمة</numerusform>
                <numerusform>%Ln علامتا قراءة أو تمييز بنجمة</numerusform>
                <numerusform>%Ln علامات قراءة أو تمييز بنجمة</numerusform>
                <numerusform>%Ln علامةً قراءة أو تمييز بنجمة</numerusform>
                <numerusform>%Ln علامة قراءة أو تمييز بنجمة</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>تم إنقاذ: %1، %2، %3، %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>القرص ممتلئ: يستطيع Broadsheet القراءة فقط.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>هذا الملف الشخصي للقراءة فقط: يستطيع Broadsheet القراءة فقط، ولا يُحفظ شيء.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>تعذّر إصلاح قاعدة البيانات.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>هناك تحديث قيد التشغيل بالفعل.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>لا توجد اشتراكات لتحديثها بعد.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>تعذّر بدء العمل في الخلفية.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>جارٍ التحديث…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>المقالات %v من %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>جارٍ جلب المقالات الجديدة…</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln مقالة جديدة</numerusform>
                <numerusform>%Ln مقالة جديدة</numerusform>
                <numerusform>%Ln مقالتان جديدتان</numerusform>
                <numerusform>%Ln مقالات جديدة</numerusform>
                <numerusform>%Ln مقالةً جديدة</numerusform>
                <numerusform>%Ln مقالة جديدة</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>أُلغي التحديث، واحتُفظ بما جُلب: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln موجز محدَّث</numerusform>
                <numerusform>%Ln موجز محدَّث</numerusform>
                <numerusform>%Ln موجزان محدَّثان</numerusform>
                <numerusform>%Ln موجزات محدَّثة</numerusform>
                <numerusform>%Ln موجزًا محدَّثًا</numerusform>
                <numerusform>%Ln موجز محدَّث</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln موجز بلا تغيير</numerusform>
                <numerusform>%Ln موجز بلا تغيير</numerusform>
                <numerusform>%Ln موجزان بلا تغيير</numerusform>
                <numerusform>%Ln موجزات بلا تغيير</numerusform>
                <numerusform>%Ln موجزًا بلا تغيير</numerusform>
                <numerusform>%Ln موجز بلا تغيير</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>تعذّر تحديث %Ln موجز (انظر الموجزات المعلَّمة)</numerusform>
                <numerusform>تعذّر تحديث %Ln موجز (انظر الموجزات المعلَّمة)</numerusform>
                <numerusform>تعذّر تحديث %Ln موجزين (انظر الموجزات المعلَّمة)</numerusform>
                <numerusform>تعذّر تحديث %Ln موجزات (انظر الموجزات المعلَّمة)</numerusform>
                <numerusform>تعذّر تحديث %Ln موجزًا (انظر الموجزات المعلَّمة)</numerusform>
                <numerusform>تعذّر تحديث %Ln موجز (انظر الموجزات المعلَّمة)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>اكتمل التحديث: %1.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>RemoteSubscriptions</name>
        <message>
            <source>This computer</source>
            <translation>هذا الحاسوب</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>الحساب:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>لا يستطيع Fever الاشتراك: أضف الخلاصة من صفحة الخادم نفسه على الويب؛ وستصل إلى هنا مع المزامنة التالية.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>لا يستطيع Fever إعادة تسمية خلاصة أو نقلها أو إلغاء الاشتراك فيها: افعل ذلك من صفحة الخادم نفسه على الويب؛ وسيصل التغيير إلى هنا مع المزامنة التالية.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>لا يستطيع Fever إعادة تسمية مجلد أو إزالته: افعل ذلك من صفحة الخادم نفسه على الويب؛ وسيصل التغيير إلى هنا مع المزامنة التالية.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>جارٍ تغيير الاشتراك على الخادم…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>لم يُجرِ الخادم التغيير: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>تم على الخادم، وتمت المزامنة.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>القواعد</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>قاعدة جديدة</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>العنوان أو النص</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>الكاتب</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>اسم التغذية</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>يحتوي على الكلمات</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>يطابق التعبير النمطي</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>مثلًا: كرة انتقال*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>الاسم:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>افحص:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>الطريقة:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>النمط:</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>تعليم كمقروء</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>تمييز بنجمة</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>إخفاء (لا يظهر في القائمة أبدًا)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>الوسم:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>إشعار</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>ثم:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>مفعّلة للمقالات الجديدة</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>تطبيق على المقالات الموجودة</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>حفظ القاعدة</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (معطّلة)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>اكتب كلمات أو نمطًا لترى ما يطابقه.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>لا يمكن لهذه القاعدة أن تعمل: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>المقالات المحفوظة المطابقة: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>من أحدث المقالات (%2)، المطابقة: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>النمط بطيء جدًا على بعض المقالات: تُتخطّى.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>حُفظت. تعمل على المقالات عند وصولها.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>طُبّقت. المقالات المطابقة: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>جارٍ التطبيق…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>تطبيق القاعدة</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>حذف القاعدة</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>القراءة</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>وضع القراءة:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>سيبيا</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>System</source>
            <translation>النظام</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>حجم الخط:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>الخط:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>خط مذيّل</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>خط غير مذيّل</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>خط آخر</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>عرض السطر:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>ضيّق</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>عريض</translation>
        </message>
        <message>
            <source>General</source>
            <translation>عام</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>اللغة:</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>حدّث كل الموجزات عند البدء</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>التحديث كل:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>متوقف</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 دقيقة</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 دقيقة</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>ساعة واحدة</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>ساعتان</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>التعليم كمقروءة عند الفتح:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>فورًا</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>بعد مهلة</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source> s</source>
            <translation> ث</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>الحد الأقصى لحجم الذاكرة المؤقتة:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> م.ب</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>صوّت المجلس يوم الثلاثاء على إنشاء مزرعة شمسية عائمة فوق الخزان.</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln بكسل</numerusform>
                <numerusform>%Ln بكسل</numerusform>
                <numerusform>%Ln بكسل</numerusform>
                <numerusform>%Ln بكسل</numerusform>
                <numerusform>%Ln بكسل</numerusform>
                <numerusform>%Ln بكسل</numerusform>
            </translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>مجلد التنزيلات:</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>مجلد التنزيلات</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>لغة المقالات:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>مثل لغة الواجهة</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>الأصلية (كما نُشرت)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>تُعرض المقالات بهذه اللغة عندما ينشرها موقعها بها.</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>المهلة قبل التعليم كمقروء</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>المفتاح</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>جارٍ البحث عن موجز في %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>اشتركت في %1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>إضافة اشتراك</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>تعذّر الاشتراك.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>مجلد جديد</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>اسم المجلد:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>إعادة التسمية</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>الاسم الجديد:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>اختر موجزًا لنقله.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>أتريد إلغاء الاشتراك في هذا الموجز؟ ستُحذف مقالاته.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>إزالة الاشتراك</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>أتريد إزالة هذا المجلد؟ ستنتقل موجزاته مستوى واحدًا إلى الأعلى.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>إزالة المجلد</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>أُضيف %Ln اشتراك</numerusform>
                <numerusform>أُضيف %Ln اشتراك</numerusform>
                <numerusform>أُضيف %Ln اشتراكان</numerusform>
                <numerusform>أُضيفت %Ln اشتراكات</numerusform>
                <numerusform>أُضيف %Ln اشتراكًا</numerusform>
                <numerusform>أُضيف %Ln اشتراك</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln موجود من قبل</numerusform>
                <numerusform>%Ln موجود من قبل</numerusform>
                <numerusform>%Ln موجودان من قبل</numerusform>
                <numerusform>%Ln موجودة من قبل</numerusform>
                <numerusform>%Ln موجودًا من قبل</numerusform>
                <numerusform>%Ln موجود من قبل</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1، %2.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>برودشيت</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>لم ينجح ذلك.</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>استيراد OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>ملفات OPML (*.opml *.xml);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>الملف كبير جدًا</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>تعذّرت قراءة الملف.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>جارٍ الاستيراد…</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>اضغط F5 (تحديث) لجلب مقالاتها.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>تُخطّيت بعض العناصر:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>تصدير OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>ملفات OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>صُدّرت الاشتراكات إلى %1.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>يجري تحديث أو مزامنة بالفعل.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>لا توجد حسابات مزامنة بعد: أضف حسابًا من ملف &gt; حسابات المزامنة…</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>تعذّر بدء العمل في الخلفية.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>جارٍ المزامنة…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>إلغاء المزامنة</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>إرسال التغييرات %v من %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>المقالات %v من %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>الصفحات %v من %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>جارٍ جلب المقالات الجديدة…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>فشلت المزامنة: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln مقالة جديدة</numerusform>
                <numerusform>%Ln مقالة جديدة</numerusform>
                <numerusform>%Ln مقالتان جديدتان</numerusform>
                <numerusform>%Ln مقالات جديدة</numerusform>
                <numerusform>%Ln مقالةً جديدة</numerusform>
                <numerusform>%Ln مقالة جديدة</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>أُلغيت المزامنة، واحتُفظ بما جُلب: %1.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>فشلت مزامنة %1: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>اكتملت المزامنة: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln غير مقروءة</numerusform>
                <numerusform>Broadsheet: %Ln غير مقروءة</numerusform>
                <numerusform>Broadsheet: %Ln غير مقروءتين</numerusform>
                <numerusform>Broadsheet: %Ln غير مقروءة</numerusform>
                <numerusform>Broadsheet: %Ln غير مقروءة</numerusform>
                <numerusform>Broadsheet: %Ln غير مقروءة</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Broadsheet</source>
            <translation>فتح Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>حدِّث الآن</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>علِّم الكل كمقروء</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>أوقف الإشعارات مؤقتًا</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>الأحدث أولًا</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>الأقدم أولًا</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>حسب العنوان</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>حسب التغذية</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>حسب الكاتب</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>ترتي&amp;ب المقالات</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>غير المقروءة &amp;فقط</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>حفظ هذا البحث كع&amp;رض…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;وسم…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>ال&amp;قواعد…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>تذكّر طريقة العرض</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>حفظ البحث</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>اسم العرض:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>حُفظ البحث كعرض.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>وسم</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>الوسم:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>وُسم بـ«%1».</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>إزالة العرض</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;تحديث الكل</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>تحديث هذا ال&amp;موجز</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>إ&amp;لغاء التحديث</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>إ&amp;ضافة اشتراك…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>م&amp;جلد جديد…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>ا&amp;ستيراد OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>ت&amp;صدير OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>إضافة موجزات إخبارية م&amp;قترحة</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>المقالة ال&amp;تالية</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>المقالة ال&amp;سابقة</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>المقالة غير المقروءة التالي&amp;ة</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>المقالة غير المقروءة السا&amp;بقة</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>مرّر، ثم غير المقروءة التالية</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>&amp;تمييز بنجمة / إلغاء التمييز</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>تعليم كمقروءة / &amp;غير مقروءة</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>تعليم ال&amp;كل كمقروء</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>ف&amp;تح في المتصفح</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;نسخ الرابط</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>ب&amp;حث…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>نص أ&amp;كبر</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>نص أ&amp;صغر</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>حجم النص الا&amp;فتراضي</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>إظهار الا&amp;شتراكات</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>ال&amp;تركيز على المقالة</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>الإ&amp;عدادات…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;عن برودشيت</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>إعادة ال&amp;تسمية…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>&amp;نقل إلى مجلد…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>إ&amp;زالة…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>ال&amp;خصائص</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>ال&amp;موجزات</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>الم&amp;قالة</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>حدّث كل الموجزات (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>اشترك في موجز أو موقع (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>علّم كل ما في القائمة كمقروء (Shift+A)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>شريط الأدوات</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>عرض ال&amp;قراءة</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>التبديل بين عرض القراءة ونص الموجز لهذا المقال (V)</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>م&amp;زامنة الحسابات الآن</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>&amp;حسابات المزامنة…</translation>
        </message>
    </context>
</TS>
