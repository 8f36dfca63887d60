<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>سبسکرپشنز</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>اسمارٹ ویوز، فولڈرز اور فیڈز، ان کے غیر پڑھے مضامین کے ساتھ</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>تلاش</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>مضامین کے عنوانات اور متن میں تلاش کریں (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>مضامین کی فہرست اور تلاش</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>مطالعے کے پین</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>مینو بار</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Broadsheet کا ہر عمل: Alt دبائیں، پھر تیر والی کلیدیں</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>ریفریش، سبسکرائب، پڑھا ہوا نشان زد</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>ٹول بار</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حیثیت</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>ریفریش اور کیے گئے کاموں کے بارے میں پیغامات</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>ریفریش کی پیش رفت</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>اب تک ریفریش ہونے والی فیڈز</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>ریفریش روکیں</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>نئے پہلے۔ J اور K سے آگے پیچھے جائیں، S ستارہ لگاتا ہے، M پڑھا ہوا نشان زد کرتا ہے، O کھولتا ہے</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>مضامین</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>مضمون</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>کوئی مضمون کھلا نہیں</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>اکاؤنٹس سنک کریں</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>اکاؤنٹ &amp;ہٹائیں…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>اکاؤنٹ شامل کریں</translation>
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
            <translation>&amp;پروٹوکول:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;سرور کا پتہ:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;صارف نام:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>پاس&amp;ورڈ یا API پاس ورڈ:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>کسی دوسری مشین کے لیے غیر محفوظ http:// کی اجازت دیں (پاس ورڈ بغیر انکرپشن کے جاتا ہے)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever سبسکرائب یا ان سبسکرائب نہیں کر سکتا: فیڈز سرور کے اپنے صفحات پر شامل کریں اور ہٹائیں؛ وہ اگلے سنک کے ساتھ یہاں آ جائیں گی۔</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;کنکشن جانچیں</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>اکاؤنٹ &amp;شامل کریں</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%2 پر %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>کبھی سنک نہیں ہوا</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>آخری سنک: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln تبدیلی بھیجے جانے کی منتظر ہے</numerusform>
                <numerusform>%Ln تبدیلیاں بھیجے جانے کی منتظر ہیں</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>آخری سنک ناکام: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever سبسکرائب نہیں کر سکتا: فیڈز سرور پر شامل کریں۔</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>مقامی: اس کمپیوٹر پر آپ کی سبسکرائب کردہ فیڈز</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>پاس ورڈ ڈیسک ٹاپ کی رِنگ میں رکھے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>پاس ورڈ %1 میں رکھے جاتے ہیں (صرف آپ پڑھ سکتے ہیں)۔</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>منسلک ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>ہٹایا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>اکاؤنٹ ہٹائیں</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>یہ اکاؤنٹ ہٹائیں؟ اس کی فیڈز اور مضامین اس کمپیوٹر سے ہٹ جائیں گے؛ سرور پر کچھ نہیں بدلے گا۔</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>کنکشن ناکام: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>اکاؤنٹ شامل نہیں ہوا: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>اکاؤنٹ نہیں ہٹا: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>منسلک: سرور نے صارف نام اور پاس ورڈ قبول کر لیا۔</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>اکاؤنٹ شامل ہو گیا۔ اس کی فیڈز اور مضامین لانے کے لیے فیڈز &gt; ابھی اکاؤنٹس سنک کریں استعمال کریں۔</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>اکاؤنٹ ہٹا دیا گیا۔</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>سبسکرپشن شامل کریں</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>کسی فیڈ یا ویب سائٹ کا پتہ لکھیں: اس کی فیڈز آپ کے لیے ڈھونڈ لی جائیں گی۔</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>پتہ:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(کوئی فولڈر نہیں)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>فولڈر:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>سبسکرائب کریں</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>فیڈ تلاش کی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>سبسکرائب نہیں ہو سکا: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>ابھی</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln منٹ</numerusform>
                <numerusform>%Ln منٹ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln گھنٹہ</numerusform>
                <numerusform>%Ln گھنٹے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln دن</numerusform>
                <numerusform>%Ln دن</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>پڑھا ہوا</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>غیر پڑھا</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>ستارہ لگا</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d MMMM</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>مضمون</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>ان میں بھی:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>ریڈر ویو دستیاب نہیں: یہ صفحہ کوئی مضمون نہیں ہے۔</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>آپ کے براؤزر میں کھول دیا گیا۔</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>اس پتے کے لیے کوئی ویب براؤزر نہیں کھل سکا۔</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>اصل کھولیں</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(کوئی عنوان نہیں)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>لنک کاپی کریں</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>از {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} منٹ کی پڑھائی</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>فیڈ کا متن دکھایا جا رہا ہے؛ مکمل مضمون تیار کیا جا رہا ہے۔</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>مکمل مضمون تیار نہیں ہو سکا؛ فیڈ کا متن دکھایا جا رہا ہے۔</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>اس مضمون میں کوئی متن نہیں۔ پڑھنے کے لیے اصل کھولیں۔</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>یہ مضمون پورا دکھانے کے لیے بہت لمبا ہے۔ باقی پڑھنے کے لیے اصل کھولیں۔</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Broadsheet میں خوش آمدید</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet آپ کی پسندیدہ خبروں کی سائٹس اور بلاگز کو ایک جگہ جمع کرتا ہے اور ہر مضمون کو ایک پرسکون، صاف منظر میں دکھاتا ہے، آن لائن ہو یا آف لائن۔ جب تک آپ نہ کہیں، کچھ بھی ڈاؤن لوڈ نہیں ہوتا۔</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>سبسکرپشن شامل کریں</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>کسی فیڈ یا سائٹ کے پتے سے۔</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>سبسکرپشنز درآمد کریں</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>کسی دوسرے ریڈر کی OPML فائل سے۔</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>تجویز کردہ خبروں کی فیڈز شامل کریں</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>کئی زبانوں کی خبروں کی سائٹس کا ایک مختصر انتخاب۔</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>اس کے بعد: F5 ریفریش کرتا ہے، J اور K مضامین کے درمیان لے جاتے ہیں، Space آگے پڑھاتا ہے، Ctrl+Plus اور Ctrl+Minus متن کا سائز بدلتے ہیں۔</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>منسلکات</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>آڈیو</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>ویڈیو</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>تصویر</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>دستاویز</translation>
        </message>
        <message>
            <source>File</source>
            <translation>فائل</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>چلائیں</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کھولیں</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>ڈاؤن لوڈ کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>ڈاؤن لوڈ ہو رہا ہے: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>ڈاؤن لوڈ ہو گیا</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>ڈاؤن لوڈ ناکام: {}</translation>
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
            <translation>اس قسم کا لنک نہیں کھولا جاتا۔</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>سیشن کے ساتھ شروع ہونے کی ترتیب تبدیل نہیں ہو سکی: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>پس منظر میں</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>ونڈو بند کرنے پر Broadsheet ٹرے میں رہتا ہے</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>ٹرے میں چھپا ہوا شروع کریں</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>اس ڈیسک ٹاپ میں سسٹم ٹرے نہیں ہے: ونڈو بند کرنے سے Broadsheet بند ہو جاتا ہے۔</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>سیشن کے ساتھ شروع کریں (یہاں ابھی دستیاب نہیں)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>ڈیسک ٹاپ سیشن کے ساتھ شروع کریں</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>نئے مضامین کی اطلاع دیں</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>خاموش اوقات</translation>
        </message>
        <message>
            <source>to</source>
            <translation>سے</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>سب کو پڑھا ہوا نشان زد کرنا &amp;کالعدم کریں</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>کالعدم کریں</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>ان مضامین کو دوبارہ غیر پڑھا نشان زد کریں (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>دوبارہ غیر پڑھے: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>اس فائل کے لیے کوئی پروگرام نہیں کھل سکا۔</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>ڈاؤن لوڈ ممکن نہیں: پس منظر کا کام شروع نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>%1 کو %2 میں ڈاؤن لوڈ کیا جا رہا ہے</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>%1 ڈاؤن لوڈ ہو رہا ہے: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>%1 میں ڈاؤن لوڈ ہو گیا</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>ڈاؤن لوڈ منسوخ کر دیا گیا۔</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>ڈاؤن لوڈ ناکام: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet اس پروفائل کے ساتھ پہلے سے چل رہا ہے۔</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>ڈیٹا بیس نہیں کھل سکا؛ کچھ بھی تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: غیر متوقع خرابی</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>کچھ غلط ہو گیا، لیکن Broadsheet چلتا رہے گا۔ تفصیلات لاگ فائل میں ہیں:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>اطلاعات:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>ترتیبات کے مطابق</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>ہمیشہ</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>کبھی نہیں</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>سب منتخب کریں</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>کچھ منتخب نہ کریں</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>فیڈ کی خصوصیات</translation>
        </message>
        <message>
            <source>never</source>
            <translation>کبھی نہیں</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>نام:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>ریڈر ویو</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>فیڈ کا متن</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>اصل صفحہ (براؤزر میں)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>مضامین اس طرح دکھائیں:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>ریفریش:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>پڑھے ہوئے مضامین کی ایک تعداد</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>کچھ دنوں تک پڑھے ہوئے مضامین</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>رکھیں:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>غیر پڑھے اور ستارہ لگے مضامین ہمیشہ رکھے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>ہر گھنٹے</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>ہر 2 گھنٹے</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>ہر 4 گھنٹے</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>ہر 12 گھنٹے</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>صرف جب میں کہوں</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>ہر 15 منٹ</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>ہر 30 منٹ</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>دن میں ایک بار</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>ترتیبات کے مطابق</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>فیڈ کا پتہ:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>ویب سائٹ:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>آخری اپ ڈیٹ:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>آخری جانچ:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>غیر پڑھے مضامین:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>آخری خرابی:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>کوئی نہیں</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>حیثیت:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>فیڈ اب موجود نہیں (سرور نے 410 جواب دیا)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> دن</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> مضامین</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln ستارہ لگا</numerusform>
                <numerusform>%Ln ستارہ لگے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln غیر پڑھا</numerusform>
                <numerusform>%Ln غیر پڑھے</numerusform>
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
            <translation>لنک کاپی ہو گیا۔</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>عنوانات اور متن میں تلاش کریں (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%Ln میں سے %v فیڈ</numerusform>
                <numerusform>%Ln میں سے %v فیڈز</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>تمام مضامین</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>غیر پڑھے</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>ستارہ لگے</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>پوڈکاسٹس</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>فیڈ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>متن کا سائز: %Ln px</numerusform>
                <numerusform>متن کا سائز: %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>ترتیبات محفوظ نہیں ہو سکیں: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>پس منظر کا کام شروع نہیں ہو سکا۔</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>ریفریش ناکام: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>محفوظ نہیں ہوا: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>OPML فائل درآمد نہیں ہو سکی۔</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>سبسکرپشنز برآمد نہیں ہو سکیں۔</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Broadsheet کے بارے میں</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1، ڈیسک ٹاپ کے لیے خبروں کا ریڈر۔</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>ڈیٹا: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>اس مضمون کا کوئی ویب پتہ نہیں۔</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>یہ فیڈ پڑھی نہیں جا سکی: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>تلاش سے کوئی مضمون نہیں ملا۔</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>یہاں ابھی کوئی مضمون نہیں۔ تازہ ترین لانے کے لیے ریفریش (F5) کریں۔</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>فولڈر میں منتقل کریں</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(کوئی فولڈر نہیں)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>یہ مضمون اب موجود نہیں۔</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>مضمون کا وہ ایڈیشن نہیں لایا جا سکا۔</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>ریڈر ویو۔</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>فیڈ کا متن۔</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>پڑھا ہوا نشان زد کیا۔</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>غیر پڑھا نشان زد کیا۔</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>ستارہ لگا دیا۔</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>ستارہ ہٹا دیا۔</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>سب پڑھا ہوا نشان زد کیا۔</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>یہاں مزید کوئی غیر پڑھا مضمون نہیں۔</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>لنک کاپی ہو گیا۔</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>اس پتے کے لیے کوئی ویب براؤزر نہیں کھل سکا۔</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln نیا مضمون</numerusform>
                <numerusform>%Ln نئے مضامین</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln مضمون آپ کے قواعد سے مطابقت رکھتا ہے: %1</numerusform>
                <numerusform>%Ln مضامین آپ کے قواعد سے مطابقت رکھتے ہیں: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 اور مزید %Ln</numerusform>
                <numerusform>%1 اور مزید %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>%Ln فیڈ میں: %1</numerusform>
                <numerusform>%Ln فیڈز میں: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کھولیں</translation>
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
            <translation>Broadsheet کا ڈیٹا بیس خراب ہو گیا ہے۔ کیا کیا جائے؟</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>تازہ ترین بیک اپ %1 کا ہے۔</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>جو پڑھا جا سکے اسے بحال کریں</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>تازہ ترین بیک اپ بحال کریں</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>باہر نکلیں</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>تازہ ترین بیک اپ بحال کر دیا گیا۔</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>%Ln مضمون بحال کیا گیا۔ خراب فائل %1 کے طور پر رکھی گئی۔</numerusform>
                <numerusform>%Ln مضامین بحال کیے گئے۔ خراب فائل %1 کے طور پر رکھی گئی۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln سبسکرپشن</numerusform>
                <numerusform>%Ln سبسکرپشنز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln فولڈر</numerusform>
                <numerusform>%Ln فولڈرز</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln مضمون</numerusform>
                <numerusform>%Ln مضامین</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln پڑھا ہوا یا ستارے کا نشان</numerusform>
                <numerusform>%Ln پڑھے ہوئے یا ستارے کے نشانات</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>بچایا گیا: %1، %2، %3، %4۔</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>ڈسک بھر گئی ہے: Broadsheet صرف پڑھ سکتا ہے۔</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>یہ پروفائل صرف پڑھنے کے لیے ہے: Broadsheet صرف پڑھ سکتا ہے، کچھ بھی محفوظ نہیں ہوتا۔</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>ڈیٹا بیس کی مرمت نہیں ہو سکی۔</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>ایک ریفریش پہلے سے جاری ہے۔</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>ریفریش کرنے کے لیے ابھی کوئی سبسکرپشن نہیں۔</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>پس منظر کا کام شروع نہیں ہو سکا۔</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>ریفریش ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>نئے مضامین لائے جا رہے ہیں…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>مضامین %m میں سے %v</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln نیا مضمون</numerusform>
                <numerusform>%Ln نئے مضامین</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>ریفریش منسوخ: %1 رکھے گئے۔</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln فیڈ اپ ڈیٹ ہوئی</numerusform>
                <numerusform>%Ln فیڈز اپ ڈیٹ ہوئیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln فیڈ میں کوئی تبدیلی نہیں</numerusform>
                <numerusform>%Ln فیڈز میں کوئی تبدیلی نہیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln فیڈ ناکام رہی (نشان زد فیڈز دیکھیں)</numerusform>
                <numerusform>%Ln فیڈز ناکام رہیں (نشان زد فیڈز دیکھیں)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>ریفریش مکمل: %1۔</translation>
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
            <translation>یہ کمپیوٹر</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>اکاؤنٹ:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever سبسکرائب نہیں کر سکتا: فیڈ سرور کے اپنے ویب صفحے پر شامل کریں؛ یہ اگلی ہم آہنگی میں یہاں آ جائے گی۔</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever کسی فیڈ کا نام نہیں بدل سکتا، اسے منتقل نہیں کر سکتا اور نہ ہی اس کی سبسکرپشن ختم کر سکتا ہے: یہ کام سرور کے اپنے ویب صفحے پر کریں؛ تبدیلی اگلی ہم آہنگی میں یہاں آ جائے گی۔</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever کسی فولڈر کا نام نہیں بدل سکتا اور نہ ہی اسے ہٹا سکتا ہے: یہ کام سرور کے اپنے ویب صفحے پر کریں؛ تبدیلی اگلی ہم آہنگی میں یہاں آ جائے گی۔</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>سرور پر سبسکرپشن بدلی جا رہی ہے…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>سرور نے تبدیلی نہیں کی: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>سرور پر ہو گیا، اور ہم آہنگ کر دیا گیا۔</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>قواعد</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>نیا قاعدہ</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف کریں</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>متن</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>عنوان یا متن</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>مصنف</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>لنک</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>فیڈ کا نام</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>یہ الفاظ شامل ہیں</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>ریگولر ایکسپریشن سے میل کھاتا ہے</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>مثال کے طور پر: کرکٹ ٹرانسفر*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>نام:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>کہاں دیکھیں:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>کیسے:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>پیٹرن:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>پھر:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>نئے مضامین کے لیے فعال</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>پڑھا ہوا نشان زد کریں</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>ستارہ لگائیں</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>چھپائیں (کبھی فہرست میں نہیں)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>ٹیگ:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>اطلاع دیں</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>موجودہ مضامین پر لاگو کریں</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>قاعدہ محفوظ کریں</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (بند)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>یہ کس سے میل کھاتا ہے دیکھنے کے لیے الفاظ یا پیٹرن لکھیں۔</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>یہ قاعدہ کام نہیں کر سکتا: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>میل کھانے والے محفوظ مضامین: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>تازہ ترین %2 مضامین میں سے میل کھانے والے: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>کچھ مضامین پر پیٹرن بہت سست ہے: انہیں چھوڑ دیا گیا ہے۔</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>محفوظ ہو گیا۔ یہ مضامین کے آتے ہی ان پر لاگو ہوتا ہے۔</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>لاگو کر دیا۔ میل کھانے والے مضامین: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>لاگو کیا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>قاعدہ لاگو کریں</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>قاعدہ حذف کریں</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>ترتیبات</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>پڑھنا</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>پڑھنے کا موڈ:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>ہلکا</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>سیپیا</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>گہرا</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>زیادہ کنٹراسٹ</translation>
        </message>
        <message>
            <source>System</source>
            <translation>سسٹم</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>فونٹ کا سائز:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>فونٹ:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>سیرف</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>سینز سیرف</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>دوسرا فونٹ</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>سطر کی چوڑائی:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>تنگ</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>درمیانی</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>چوڑی</translation>
        </message>
        <message>
            <source>General</source>
            <translation>عمومی</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>زبان:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>مضمون کی زبان:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>انٹرفیس کے مطابق</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>اصل (جیسے شائع ہوا)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>اگر سائٹ اس زبان میں شائع کرتی ہے تو مضامین اسی زبان میں دکھائے جاتے ہیں۔</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>شروع ہونے پر تمام فیڈز ریفریش کریں</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>ریفریش کا وقفہ:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>بند</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 منٹ</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 منٹ</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 گھنٹہ</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 گھنٹے</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>کھولنے پر پڑھا ہوا نشان زد کریں:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>فوراً</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>کچھ دیر بعد</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>کبھی نہیں</translation>
        </message>
        <message>
            <source> s</source>
            <translation> سیکنڈ</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>پڑھا ہوا نشان زد کرنے سے پہلے وقفہ</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>کیشے کے سائز کی حد:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>ڈاؤن لوڈ فولڈر:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>کونسل نے منگل کو ذخیرۂ آب پر ایک تیرتا ہوا شمسی فارم بنانے کے حق میں ووٹ دیا۔</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>ڈاؤن لوڈ فولڈر</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln پکسل</numerusform>
                <numerusform>%Ln پکسل</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>کی بورڈ شارٹ کٹس</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>کلید</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>عمل</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>%1 پر فیڈ تلاش کی جا رہی ہے…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>%1 کو سبسکرائب کر لیا۔</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>سبسکرپشن شامل کریں</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>سبسکرائب نہیں ہو سکا۔</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>نیا فولڈر</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>فولڈر کا نام:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>نام بدلیں</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>نیا نام:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>منتقل کرنے کے لیے کوئی فیڈ منتخب کریں۔</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>اس فیڈ کی سبسکرپشن ختم کریں؟ اس کے مضامین حذف ہو جائیں گے۔</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>سبسکرپشن ہٹائیں</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>یہ فولڈر ہٹائیں؟ اس کی فیڈز ایک درجہ اوپر چلی جائیں گی۔</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>فولڈر ہٹائیں</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>OPML درآمد کریں</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML فائلیں (*.opml *.xml);;تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>فائل بہت بڑی ہے</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>فائل پڑھی نہیں جا سکی۔</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>درآمد ہو رہا ہے…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln سبسکرپشن شامل ہوئی</numerusform>
                <numerusform>%Ln سبسکرپشنز شامل ہوئیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln پہلے سے موجود</numerusform>
                <numerusform>%Ln پہلے سے موجود</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1، %2۔</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>ان کے مضامین لانے کے لیے F5 (ریفریش) دبائیں۔</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>کچھ اندراجات چھوڑ دیے گئے:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>OPML برآمد کریں</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML فائلیں (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>سبسکرپشنز %1 میں برآمد کر دی گئیں۔</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>یہ کام نہیں ہوا۔</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>کوئی ریفریش یا سنک پہلے ہی چل رہا ہے۔</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>ابھی کوئی سنک اکاؤنٹ نہیں: فائل &gt; اکاؤنٹس سنک کریں… سے ایک شامل کریں</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>پس منظر کا کام شروع نہیں ہو سکا۔</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>سنک ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>سنک منسوخ کریں</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>تبدیلیاں بھیجی جا رہی ہیں: %m میں سے %v</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>مضامین %m میں سے %v</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>صفحات %m میں سے %v</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>نئے مضامین لائے جا رہے ہیں…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>سنک ناکام: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln نیا مضمون</numerusform>
                <numerusform>%Ln نئے مضامین</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>سنک منسوخ: %1 رکھے گئے۔</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>%1 کا سنک ناکام: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>سنک مکمل: %1۔</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Broadsheet کھولیں</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>ابھی ریفریش کریں</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>سب کو پڑھا ہوا نشان زد کریں</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>اطلاعات موقوف کریں</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>باہر نکلیں</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln غیر پڑھا</numerusform>
                <numerusform>Broadsheet: %Ln غیر پڑھے</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>نئے پہلے</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>پرانے پہلے</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>عنوان کے لحاظ سے</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>فیڈ کے لحاظ سے</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>مصنف کے لحاظ سے</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>مضامین کی &amp;ترتیب</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>صرف &amp;غیر پڑھے</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>اس تلاش کو &amp;ویو کے طور پر محفوظ کریں…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;ٹیگ…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>&amp;قواعد…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>ویو یاد رکھیں</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>تلاش محفوظ کریں</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>ویو کا نام:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>تلاش ویو کے طور پر محفوظ ہو گئی۔</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>ٹیگ</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>ٹیگ:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>“%1” ٹیگ لگا دیا۔</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>ویو ہٹائیں</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;سب ریفریش کریں</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>یہ &amp;فیڈ ریفریش کریں</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>ریفریش &amp;منسوخ کریں</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>سبسکرپشن &amp;شامل کریں…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>نیا &amp;فولڈر…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>OPML &amp;درآمد کریں…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>OPML &amp;برآمد کریں…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>&amp;تجویز کردہ فیڈز شامل کریں</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;باہر نکلیں</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;اگلا مضمون</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>&amp;پچھلا مضمون</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>اگلا &amp;غیر پڑھا</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>پچھلا غیر &amp;پڑھا</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>اسکرول کریں، پھر اگلا غیر پڑھا</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>&amp;ستارہ لگائیں / ہٹائیں</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>&amp;پڑھا / غیر پڑھا نشان زد کریں</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>&amp;سب پڑھا ہوا نشان زد کریں</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>براؤزر میں &amp;کھولیں</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>لنک &amp;کاپی کریں</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>ریڈر &amp;ویو</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;تلاش…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>&amp;بڑا متن</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>&amp;چھوٹا متن</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>&amp;طے شدہ متن سائز</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>&amp;سبسکرپشنز دکھائیں</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>مضمون پر &amp;توجہ</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;ترتیبات…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;کی بورڈ شارٹ کٹس</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>Broadsheet کے &amp;بارے میں</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>نام &amp;بدلیں…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>فولڈر میں &amp;منتقل کریں…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;ہٹائیں…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;خصوصیات</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>ابھی اکاؤنٹس &amp;سنک کریں</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>&amp;اکاؤنٹس سنک کریں…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;فائل</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;منظر</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>&amp;فیڈز</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;مضمون</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;مدد</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>تمام فیڈز ریفریش کریں (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>کسی فیڈ یا سائٹ کو سبسکرائب کریں (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>فہرست کی ہر چیز پڑھی ہوئی نشان زد کریں (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>مضمون کو ریڈر ویو اور فیڈ کے متن کے درمیان بدلیں (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>ٹول بار</translation>
        </message>
    </context>
</TS>
