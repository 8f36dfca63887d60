<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>اشتراک‌ها</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>نماهای هوشمند، پوشه‌ها و خوراک‌ها همراه با مقاله‌های خوانده‌نشده‌شان</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>جستجو</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>جستجو در عنوان و متن مقاله‌ها (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>فهرست مقاله‌ها و جستجو</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>قاب‌های خواندن</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>نوار منو</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>همهٔ کارهای Broadsheet: کلید Alt و سپس کلیدهای جهت‌نما را بزنید</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>تازه‌سازی، مشترک شدن، علامت خوانده‌شده</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>نوار ابزار</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>وضعیت</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>پیام‌های مربوط به تازه‌سازی و کارهای انجام‌شده</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>پیشرفت تازه‌سازی</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>خوراک‌های تازه‌شده تا این لحظه</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>توقف تازه‌سازی</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>جدیدترین‌ها اول. J و K جابه‌جا می‌کنند، S ستاره می‌زند، M خوانده‌شده علامت می‌زند، O باز می‌کند</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>مقاله‌ها</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>مقاله</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>هیچ مقاله‌ای باز نیست</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>حساب‌های همگام‌سازی</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;حذف حساب…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>افزودن حساب</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>API گوگل ریدر (FreshRSS، Miniflux، Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>API فیور (FreshRSS، Miniflux، yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>&amp;پروتکل:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>نشانی &amp;کارساز:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;نام کاربری:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>&amp;گذرواژه یا گذرواژهٔ API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>اجازهٔ http:// ناامن به رایانه‌ای دیگر (گذرواژه رمزنگاری‌نشده فرستاده می‌شود)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>فیور نمی‌تواند اشتراک بگیرد یا لغو کند: خوراک‌ها را در صفحه‌های خود کارساز بیفزایید یا حذف کنید؛ با همگام‌سازی بعدی به اینجا می‌رسند.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;آزمودن اتصال</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;افزودن حساب</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 در %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>هرگز همگام‌سازی نشده</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>آخرین همگام‌سازی: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln تغییر در انتظار ارسال</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>آخرین همگام‌سازی ناموفق بود: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>فیور نمی‌تواند اشتراک بگیرد: خوراک‌ها را روی کارساز بیفزایید.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>محلی: خوراک‌هایی که روی این رایانه مشترکشان می‌شوید</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>گذرواژه‌ها در جاکلیدی میزکار نگه داشته می‌شوند.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>گذرواژه‌ها در %1 نگه داشته می‌شوند (فقط شما می‌توانید آن را بخوانید).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>در حال اتصال…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>در حال حذف…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>حذف حساب</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>این حساب حذف شود؟ خوراک‌ها و مقاله‌هایش از این رایانه پاک می‌شوند؛ روی کارساز چیزی تغییر نمی‌کند.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>اتصال ناموفق بود: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>حساب افزوده نشد: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>حساب حذف نشد: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>متصل شد: کارساز نام کاربری و گذرواژه را پذیرفت.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>حساب افزوده شد. برای دریافت خوراک‌ها و مقاله‌هایش از «خوراک‌ها &gt; همگام‌سازی حساب‌ها اکنون» استفاده کنید.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>حساب حذف شد.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>افزودن اشتراک</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>نشانی یک خوراک یا وب‌سایت را بنویسید: خوراک‌های آن برایتان پیدا می‌شود.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>نشانی:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(بدون پوشه)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>پوشه:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>مشترک شدن</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>در جست‌وجوی خوراک…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>اشتراک انجام نشد: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>همین حالا</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln دقیقه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln ساعت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln روز</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>خوانده‌شده</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>خوانده‌نشده</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>ستاره‌دار</translation>
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
            <translation>مقاله</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>همچنین در:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>نمای خواندن در دسترس نیست: این صفحه مقاله نیست.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>در مرورگر شما باز شد.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>هیچ مرورگری برای این نشانی باز نشد.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>باز کردن اصل مطلب</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(بدون عنوان)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>رونوشت پیوند</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>نویسنده: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} دقیقه مطالعه</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>متن خوراک نمایش داده می‌شود؛ مقالهٔ کامل در حال آماده شدن است.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>مقالهٔ کامل آماده نشد؛ متن خوراک نمایش داده می‌شود.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>این مقاله متنی ندارد. برای خواندن، اصل مطلب را باز کنید.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>این مقاله برای نمایش کامل بیش از حد طولانی است. برای خواندن بقیه، اصل مطلب را باز کنید.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>به Broadsheet خوش آمدید</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet سایت‌های خبری و وبلاگ‌هایی را که دنبال می‌کنید گرد هم می‌آورد و هر مقاله را در نمایی آرام و تمیز نشان می‌دهد، برخط یا برون‌خط. تا شما نخواهید چیزی دریافت نمی‌شود.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>یک اشتراک بیفزایید</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>با نشانی یک خوراک یا سایت.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>اشتراک‌ها را درون‌ریزی کنید</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>از پروندهٔ OPML یک خبرخوان دیگر.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>خوراک‌های خبری پیشنهادی را بیفزایید</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>گزیده‌ای کوچک از سایت‌های خبری به چند زبان.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>سپس: F5 تازه‌سازی می‌کند، J و K میان مقاله‌ها جابه‌جا می‌شوند، فاصله ادامهٔ متن را نشان می‌دهد، Ctrl+Plus و Ctrl+Minus اندازهٔ متن را تغییر می‌دهند.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>پیوست‌ها</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>صدا</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>ویدیو</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>تصویر</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>سند</translation>
        </message>
        <message>
            <source>File</source>
            <translation>پرونده</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>پخش</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز کردن</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>بارگیری</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>در حال بارگیری: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>بارگیری شد</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>بارگیری ناموفق بود: {}</translation>
        </message>
        <message>
            <source>{} KB</source>
            <translation>{} کیلوبایت</translation>
        </message>
        <message>
            <source>{} MB</source>
            <translation>{} مگابایت</translation>
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>این نوع پیوند باز نمی‌شود.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>تنظیم آغاز همراه با نشست تغییر نکرد: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>در پس‌زمینه</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>با بستن پنجره، Broadsheet در سینی سیستم می‌ماند</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>آغاز به‌صورت پنهان در سینی سیستم</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>این میز کار سینی سیستم ندارد: بستن پنجره Broadsheet را می‌بندد.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>آغاز همراه با نشست (هنوز اینجا در دسترس نیست)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>آغاز همراه با نشست میز کار</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>اطلاع‌رسانی دربارهٔ مقاله‌های تازه</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>ساعت‌های سکوت از</translation>
        </message>
        <message>
            <source>to</source>
            <translation>تا</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;واگرد علامت‌گذاری همه به‌عنوان خوانده‌شده</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>واگرد</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>آن مقاله‌ها را دوباره خوانده‌نشده علامت بزن (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>دوباره خوانده‌نشده: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>هیچ برنامه‌ای برای این پرونده باز نشد.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>بارگیری ممکن نیست: کار پس‌زمینه آغاز نشد.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>در حال بارگیری %1 در %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>در حال بارگیری %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>در %1 بارگیری شد</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>بارگیری لغو شد.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>بارگیری ناموفق بود: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet هم‌اکنون با این نمایه در حال اجراست.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>پایگاه داده باز نشد؛ چیزی تغییر نکرد.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: خطای غیرمنتظره</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>مشکلی پیش آمد، ولی Broadsheet همچنان کار می‌کند. جزئیات در پروندهٔ گزارش است:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>اعلان‌ها:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>مطابق تنظیمات</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>همیشه</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>هرگز</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>انتخاب همه</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>انتخاب هیچ‌کدام</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>ویژگی‌های خوراک</translation>
        </message>
        <message>
            <source>never</source>
            <translation>هرگز</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>نام:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>نمای خواندن</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>متن خوراک</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>صفحهٔ اصلی (در مرورگر)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>نمایش مقاله‌ها به‌صورت:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>تازه‌سازی:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>تعدادی از مقاله‌های خوانده‌شده</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>مقاله‌های خوانده‌شده برای چند روز</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>نگه‌داشتن:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>مقاله‌های خوانده‌نشده و ستاره‌دار همیشه نگه داشته می‌شوند.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>هر ساعت</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>هر ۲ ساعت</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>هر ۴ ساعت</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>هر ۱۲ ساعت</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>فقط وقتی درخواست کنم</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>هر ۱۵ دقیقه</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>هر ۳۰ دقیقه</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>روزی یک بار</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>مطابق تنظیمات</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>نشانی خوراک:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>وب‌سایت:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>آخرین به‌روزرسانی:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>آخرین بررسی:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>مقاله‌های خوانده‌نشده:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>آخرین خطا:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>هیچ</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>وضعیت:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>این خوراک دیگر وجود ندارد (پاسخ کارساز ۴۱۰ بود)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> روز</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> مقاله</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln ستاره‌دار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln خوانده‌نشده</numerusform>
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
            <translation>پیوند رونوشت شد.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>جست‌وجو در عنوان‌ها و متن (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v از %Ln خوراک</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>همهٔ مقاله‌ها</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>خوانده‌نشده</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>ستاره‌دار</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>پادکست‌ها</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>خوراک</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>تاریخ</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>اندازهٔ متن: %Ln پیکسل</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>تنظیمات ذخیره نشد: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>کار پس‌زمینه آغاز نشد.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>تازه‌سازی ناموفق بود: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>ذخیره نشد: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>پروندهٔ OPML درون‌ریزی نشد.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>اشتراک‌ها برون‌بری نشدند.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>دربارهٔ Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1، خبرخوانی برای رایانهٔ رومیزی.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>داده‌ها: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>این مقاله نشانی وب ندارد.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>این خوراک خوانده نشد: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>هیچ مقاله‌ای با جست‌وجو جور نیست.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>هنوز مقاله‌ای اینجا نیست. برای دریافت تازه‌ترین‌ها تازه‌سازی (F5) کنید.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>انتقال به پوشه</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(بدون پوشه)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>این مقاله دیگر وجود ندارد.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>آن نسخه از مقاله دریافت نشد.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>نمای خواندن.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>متن خوراک.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>خوانده‌شده علامت خورد.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>خوانده‌نشده علامت خورد.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>ستاره خورد.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>ستاره برداشته شد.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>همه خوانده‌شده علامت خوردند.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>مقالهٔ خوانده‌نشدهٔ دیگری اینجا نیست.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>پیوند رونوشت شد.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>هیچ مرورگری برای این نشانی باز نشد.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln مقالهٔ جدید</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln مقاله با قاعده‌های شما جور درآمد: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 و %Ln خوراک دیگر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>در %Ln خوراک: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>باز کردن</translation>
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
            <translation>پایگاه دادهٔ Broadsheet آسیب دیده است. چه کار شود؟</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>آخرین پشتیبان مربوط به %1 است.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>بازیابی آنچه خواناست</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>بازگردانی آخرین پشتیبان</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>آخرین پشتیبان بازگردانی شد.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>%Ln مقاله بازیابی شد. پروندهٔ آسیب‌دیده با نام %1 نگه داشته شد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln اشتراک</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln پوشه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln مقاله</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln نشانهٔ خوانده‌شده یا ستاره‌دار</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>نجات‌یافته: %1، %2، %3، %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>دیسک پر است: Broadsheet فقط می‌تواند بخواند.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>این نمایه فقط‌خواندنی است: Broadsheet فقط می‌تواند بخواند و چیزی ذخیره نمی‌شود.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>پایگاه داده تعمیر نشد.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>یک تازه‌سازی در حال انجام است.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>هنوز اشتراکی برای تازه‌سازی نیست.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>کار پس‌زمینه آغاز نشد.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>در حال تازه‌سازی…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>در حال دریافت مقاله‌های تازه…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>مقاله‌ها: %v از %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln مقالهٔ تازه</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>تازه‌سازی لغو شد: %1 نگه داشته شد.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln خوراک به‌روز شد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln خوراک بدون تغییر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln خوراک ناموفق بود (خوراک‌های علامت‌خورده را ببینید)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>تازه‌سازی انجام شد: %1.</translation>
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
            <translation>این رایانه</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>حساب:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever نمی‌تواند مشترک شود: خوراک را در صفحهٔ وب خود سرور اضافه کنید؛ با همگام‌سازی بعدی به اینجا می‌رسد.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever نمی‌تواند خوراکی را تغییر نام دهد، جابه‌جا کند یا اشتراکش را لغو کند: این کار را در صفحهٔ وب خود سرور انجام دهید؛ تغییر با همگام‌سازی بعدی به اینجا می‌رسد.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever نمی‌تواند پوشه‌ای را تغییر نام دهد یا حذف کند: این کار را در صفحهٔ وب خود سرور انجام دهید؛ تغییر با همگام‌سازی بعدی به اینجا می‌رسد.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>در حال تغییر اشتراک روی سرور…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>سرور تغییر را انجام نداد: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>روی سرور انجام شد و همگام‌سازی شد.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>قاعده‌ها</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>قاعدهٔ تازه</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
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
            <translation>نویسنده</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>پیوند</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>نام خوراک</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>شامل این واژه‌ها است</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>با عبارت باقاعده جور است</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>برای نمونه: فوتبال نقل‌وانتقال*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>نام:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>بررسی در:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>روش:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>الگو:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>سپس:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>فعال برای مقاله‌های تازه</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>علامت خوانده‌شده</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>ستاره</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>پنهان (هرگز فهرست نمی‌شود)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>برچسب:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>اطلاع‌رسانی</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>اعمال بر مقاله‌های موجود</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>ذخیرهٔ قاعده</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (خاموش)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>واژه‌ها یا یک الگو بنویسید تا ببینید با چه چیزهایی جور است.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>این قاعده نمی‌تواند کار کند: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>مقاله‌های ذخیره‌شدهٔ جور با آن: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>از %2 مقالهٔ تازه‌تر، جور با آن: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>الگو روی برخی مقاله‌ها بیش از حد کند است: از آن‌ها صرف‌نظر می‌شود.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>ذخیره شد. روی مقاله‌ها هنگام رسیدن اعمال می‌شود.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>اعمال شد. مقاله‌های جور با آن: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>در حال اعمال…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>اعمال قاعده</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>حذف قاعده</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>خواندن</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>حالت خواندن:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>روشن</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>قهوه‌ای کهنه</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>تیره</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>کنتراست بالا</translation>
        </message>
        <message>
            <source>System</source>
            <translation>سیستم</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>اندازهٔ قلم:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>قلم:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>سریف</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>بدون سریف</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>قلم دیگر</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>پهنای سطر:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>باریک</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>پهن</translation>
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
            <translation>زبان مقاله:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>همانند رابط کاربری</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>اصلی (همان‌طور که منتشر شده)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>اگر سایت مقاله‌ها را به این زبان منتشر کند، به همین زبان نمایش داده می‌شوند.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>تازه‌سازی همهٔ خوراک‌ها هنگام شروع</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>تازه‌سازی هر:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>خاموش</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>۱۵ دقیقه</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>۳۰ دقیقه</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>۱ ساعت</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>۲ ساعت</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>علامت خوانده‌شده هنگام باز کردن:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>بی‌درنگ</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>پس از کمی درنگ</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>هرگز</translation>
        </message>
        <message>
            <source> s</source>
            <translation> ثانیه</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>تأخیر پیش از علامت‌گذاری به‌عنوان خوانده‌شده</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>حد اندازهٔ حافظهٔ نهان:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> مگابایت</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>پوشهٔ بارگیری‌ها:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>شورای شهر روز سه‌شنبه به ساخت یک نیروگاه خورشیدی شناور روی مخزن سد رأی داد.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>پوشهٔ بارگیری‌ها</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln پیکسل</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>میان‌برهای صفحه‌کلید</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>کلید</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>کنش</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>در جست‌وجوی خوراک در %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>مشترک %1 شدید.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>افزودن اشتراک</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>اشتراک انجام نشد.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>پوشهٔ تازه</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>نام پوشه:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>تغییر نام</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>نام تازه:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>برای جابه‌جایی، یک خوراک را برگزینید.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>اشتراک این خوراک لغو شود؟ مقاله‌هایش پاک می‌شوند.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>حذف اشتراک</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>این پوشه حذف شود؟ خوراک‌هایش یک سطح بالاتر می‌روند.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>حذف پوشه</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>درون‌ریزی OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>پرونده‌های OPML (*.opml *.xml);;همهٔ پرونده‌ها (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>پرونده بیش از حد بزرگ است</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>پرونده خوانده نشد.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>در حال درون‌ریزی…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln اشتراک افزوده شد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln مورد از پیش بود</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1، %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>برای دریافت مقاله‌هایشان F5 (تازه‌سازی) را بزنید.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>برخی ورودی‌ها نادیده گرفته شدند:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>برون‌بری OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>پرونده‌های OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>اشتراک‌ها به %1 برون‌بری شدند.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>این کار انجام نشد.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>یک تازه‌سازی یا همگام‌سازی در حال انجام است.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>هنوز حساب همگام‌سازی ندارید: از «پرونده &gt; حساب‌های همگام‌سازی…» یکی بیفزایید</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>کار پس‌زمینه آغاز نشد.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>در حال همگام‌سازی…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>لغو همگام‌سازی</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>ارسال تغییرات: %v از %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>مقاله‌ها: %v از %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>صفحه‌ها: %v از %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>در حال دریافت مقاله‌های تازه…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>همگام‌سازی ناموفق بود: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln مقالهٔ تازه</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>همگام‌سازی لغو شد: %1 نگه داشته شد.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>همگام‌سازی %1 ناموفق بود: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>همگام‌سازی انجام شد: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>باز کردن Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>تازه‌سازی اکنون</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>علامت خوانده‌شده برای همه</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>توقف موقت اعلان‌ها</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>خروج</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln خوانده‌نشده</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>جدیدترین‌ها اول</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>قدیمی‌ترین‌ها اول</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>بر پایهٔ عنوان</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>بر پایهٔ خوراک</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>بر پایهٔ نویسنده</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>&amp;مرتب‌سازی مقاله‌ها</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>فقط &amp;خوانده‌نشده‌ها</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>ذخیرهٔ این جست‌وجو به‌عنوان &amp;نما…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;برچسب…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>&amp;قاعده‌ها…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>به خاطر سپردن نما</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>ذخیرهٔ جست‌وجو</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>نام نما:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>جست‌وجو به‌عنوان نما ذخیره شد.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>برچسب</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>برچسب:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>برچسب «%1» خورد.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>حذف نما</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;تازه‌سازی همه</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>تازه‌سازی این &amp;خوراک</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>&amp;لغو تازه‌سازی</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;افزودن اشتراک…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>&amp;پوشهٔ تازه…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;درون‌ریزی OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;برون‌بری OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>افزودن خوراک‌های &amp;پیشنهادی</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>مقالهٔ &amp;بعدی</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>مقالهٔ &amp;قبلی</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>خوانده‌نشدهٔ &amp;بعدی</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>خوانده‌نشدهٔ &amp;قبلی</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>پیمایش، سپس خوانده‌نشدهٔ بعدی</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>&amp;ستاره زدن / برداشتن</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>علامت &amp;خوانده‌شده / خوانده‌نشده</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>علامت خوانده‌شده برای &amp;همه</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>باز کردن در &amp;مرورگر</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;رونوشت پیوند</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>&amp;نمای خواندن</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;جست‌وجو…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>متن &amp;بزرگ‌تر</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>متن &amp;کوچک‌تر</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>اندازهٔ &amp;پیش‌فرض متن</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>نمایش &amp;اشتراک‌ها</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;تمرکز روی مقاله</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;تنظیمات…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;میان‌برهای صفحه‌کلید</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;دربارهٔ Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>&amp;تغییر نام…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>ا&amp;نتقال به پوشه…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;حذف…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;ویژگی‌ها</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>&amp;همگام‌سازی حساب‌ها اکنون</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>&amp;حساب‌های همگام‌سازی…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;پرونده</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;نما</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>&amp;خوراک‌ها</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;مقاله</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;راهنما</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>تازه‌سازی همهٔ خوراک‌ها (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>اشتراک یک خوراک یا سایت (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>علامت خوانده‌شده برای همهٔ موارد فهرست (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>جابه‌جایی مقاله میان نمای خواندن و متن خوراک (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>نوار ابزار</translation>
        </message>
    </context>
</TS>
