<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>מינויים</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>תצוגות חכמות, תיקיות והזנות עם הכתבות שלא נקראו בהן</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>חיפוש</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>חיפוש בכותרות ובטקסט של הכתבות (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>רשימת כתבות וחיפוש</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>חלוניות קריאה</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>סרגל תפריטים</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>כל הפעולות של Broadsheet: יש ללחוץ על Alt ואז על מקשי החיצים</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>רענון, הרשמה, סימון כנקרא</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>סרגל כלים</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>מצב</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>הודעות על הרענון ועל מה שבוצע</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>התקדמות הרענון</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>הזנות שרועננו עד כה</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>עצירת הרענון</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>החדשות ביותר תחילה. J ו־K לניווט, S לסימון בכוכב, M לסימון כנקרא, O לפתיחה</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>כתבות</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>כתבה</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>אין כתבה פתוחה</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>חשבונות סנכרון</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;הסרת חשבון…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>הוספת חשבון</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>ממשק Google Reader API ‏(FreshRSS, Miniflux, Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>ממשק Fever API ‏(FreshRSS, Miniflux, yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>&amp;פרוטוקול:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>כתובת ה&amp;שרת:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>שם &amp;משתמש:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>&amp;ססמה או ססמת API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>לאפשר http:// לא מאובטח למחשב אחר (הססמה נשלחת ללא הצפנה)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>‏Fever אינו יכול להירשם או לבטל מינוי: יש להוסיף ולהסיר הזנות בדפים של השרת עצמו; הן יגיעו לכאן בסנכרון הבא.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;בדיקת החיבור</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>הו&amp;ספת חשבון</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 ב־%2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>לא סונכרן מעולם</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>סנכרון אחרון: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln שינוי ממתין לשליחה</numerusform>
                <numerusform>%Ln שינויים ממתינים לשליחה</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>הסנכרון האחרון נכשל: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>‏Fever אינו יכול להירשם: יש להוסיף הזנות בשרת.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>מקומי: ההזנות שנרשמת אליהן במחשב זה</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>הססמאות נשמרות במחזיק המפתחות של שולחן העבודה.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>הססמאות נשמרות ב־%1 (רק לך יש הרשאה לקרוא אותו).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>מתחבר…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>מסיר…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>הסרת חשבון</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>להסיר חשבון זה? ההזנות והכתבות שלו יוסרו ממחשב זה; בשרת שום דבר לא ישתנה.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>החיבור נכשל: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>החשבון לא נוסף: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>החשבון לא הוסר: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>מחובר: השרת קיבל את שם המשתמש והססמה.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>החשבון נוסף. יש להשתמש ב„הזנות &gt; סנכרון החשבונות עכשיו” כדי להביא את ההזנות והכתבות שלו.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>החשבון הוסר.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>הוספת מינוי</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>יש להקליד כתובת של הזנה או של אתר: ההזנות שלו יימצאו עבורך.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>כתובת:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(ללא תיקייה)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>תיקייה:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>הרשמה</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>מחפש הזנה…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>לא ניתן היה להירשם: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>עכשיו</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln ד׳</numerusform>
                <numerusform>%Ln ד׳</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln ש׳</numerusform>
                <numerusform>%Ln ש׳</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln י׳</numerusform>
                <numerusform>%Ln י׳</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>נקראה</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>לא נקראה</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>מסומנת בכוכב</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d בMMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d בMMM</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>כתבה</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>מופיעה גם ב:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>תצוגת קריאה אינה זמינה: הדף אינו כתבה.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>נפתח בדפדפן שלך.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>לא ניתן היה לפתוח דפדפן עבור כתובת זו.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>פתיחת המקור</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(ללא כותרת)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>העתקת קישור</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>מאת {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} דק׳ קריאה</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>מוצג הטקסט מההזנה; הכתבה המלאה בהכנה.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>לא ניתן היה להכין את הכתבה המלאה; מוצג הטקסט מההזנה.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>אין בכתבה זו טקסט. יש לפתוח את המקור כדי לקרוא אותה.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>הכתבה ארוכה מכדי להציג אותה במלואה. יש לפתוח את המקור כדי לקרוא את ההמשך.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>ברוכים הבאים ל־Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet אוסף את אתרי החדשות והבלוגים שבחרת לעקוב אחריהם ומציג כל כתבה בתצוגה רגועה ונקייה, עם חיבור לרשת או בלעדיו. שום דבר לא מורד עד שמבקשים.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>הוספת מינוי</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>לפי כתובת של הזנה או של אתר.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>ייבוא מינויים</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>מקובץ OPML של קורא אחר.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>הוספת הזנות חדשות מומלצות</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>מבחר קטן של אתרי חדשות בכמה שפות.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>אחר כך: F5 מרענן, J ו־K עוברים בין כתבות, רווח ממשיך לקרוא, Ctrl+פלוס ו־Ctrl+מינוס משנים את גודל הטקסט.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>קבצים מצורפים</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>שמע</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>וידאו</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>תמונה</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>מסמך</translation>
        </message>
        <message>
            <source>File</source>
            <translation>קובץ</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>ניגון</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>פתיחה</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>הורדה</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>מוריד: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>הורד</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>ההורדה נכשלה: {}</translation>
        </message>
        <message>
            <source>{} KB</source>
            <translation>{} ק״ב</translation>
        </message>
        <message>
            <source>{} MB</source>
            <translation>{} מ״ב</translation>
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>קישור מסוג זה אינו נפתח.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>לא ניתן היה לשנות את ההפעלה עם ההתחברות: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>ברקע</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>סגירת החלון משאירה את Broadsheet במגש המערכת</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>הפעלה מוסתרת במגש המערכת</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>בשולחן עבודה זה אין מגש מערכת: סגירת החלון תסגור את Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>הפעלה עם ההתחברות (עדיין לא זמין כאן)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>הפעלה עם התחברות לשולחן העבודה</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>הודעה על כתבות חדשות</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>שעות שקט משעה</translation>
        </message>
        <message>
            <source>to</source>
            <translation>עד</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;ביטול סימון הכול כנקרא</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>ביטול</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>סימון הכתבות האלה שוב כלא נקראו (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>שוב לא נקראו: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>לא ניתן היה לפתוח תוכנה עבור קובץ זה.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>לא ניתן להוריד: העבודה ברקע לא התחילה.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>מוריד את %1 אל %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>מוריד את %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>הורד אל %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>ההורדה בוטלה.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>ההורדה נכשלה: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet כבר פועל עם פרופיל זה.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>לא ניתן היה לפתוח את מסד הנתונים; דבר לא שונה.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: שגיאה לא צפויה</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>משהו השתבש, אבל Broadsheet ממשיך לפעול. הפרטים נמצאים בקובץ היומן:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>התראות:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>כמו בהגדרות</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>תמיד</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>אף פעם</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>בחירת הכול</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>ביטול הבחירה</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>מאפייני הזנה</translation>
        </message>
        <message>
            <source>never</source>
            <translation>אף פעם</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>שם:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>תצוגת קריאה</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>טקסט ההזנה</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>הדף המקורי (בדפדפן)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>הצגת כתבות כ־:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>רענון:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>מספר מסוים של כתבות שנקראו</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>כתבות שנקראו למשך מספר ימים</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>שמירה:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>כתבות שלא נקראו וכתבות המסומנות בכוכב נשמרות תמיד.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>כל שעה</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>כל שעתיים</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>כל 4 שעות</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>כל 12 שעות</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>רק כשאבקש</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>כל 15 דקות</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>כל 30 דקות</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>פעם ביום</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>כמו בהגדרות</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>כתובת ההזנה:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>אתר:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>עדכון אחרון:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>בדיקה אחרונה:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>כתבות שלא נקראו:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>שגיאה אחרונה:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>אין</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>מצב:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>ההזנה כבר לא קיימת (השרת השיב 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> ימים</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> כתבות</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln מסומנת בכוכב</numerusform>
                <numerusform>%Ln מסומנות בכוכב</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln לא נקראה</numerusform>
                <numerusform>%Ln לא נקראו</numerusform>
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
            <translation>הקישור הועתק.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>חיפוש בכותרות ובטקסט (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ביטול</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v מתוך %Ln הזנה</numerusform>
                <numerusform>%v מתוך %Ln הזנות</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>כל הכתבות</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>לא נקראו</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>מסומנות בכוכב</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>פודקאסטים</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>הזנה</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>תאריך</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>גודל טקסט: %Ln פיקסל</numerusform>
                <numerusform>גודל טקסט: %Ln פיקסלים</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>לא ניתן היה לשמור את ההגדרות: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>לא ניתן היה להתחיל את העבודה ברקע.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>הרענון נכשל: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>לא נשמר: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>לא ניתן היה לייבא את קובץ ה־OPML.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>לא ניתן היה לייצא את המינויים.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>על אודות Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, קורא חדשות לשולחן העבודה.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>נתונים: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>לכתבה זו אין כתובת אינטרנט.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>לא ניתן היה לקרוא הזנה זו: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>אין כתבות שתואמות לחיפוש.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>אין כאן כתבות עדיין. יש לרענן (F5) כדי להביא את האחרונות.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>העברה לתיקייה</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(ללא תיקייה)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>הכתבה הזו כבר לא קיימת.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>לא ניתן היה להביא את הגרסה הזו של הכתבה.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>תצוגת קריאה.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>טקסט ההזנה.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>סומן כנקרא.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>סומן כלא נקרא.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>סומן בכוכב.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>הכוכב הוסר.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>הכול סומן כנקרא.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>אין כאן עוד כתבות שלא נקראו.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>הקישור הועתק.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>לא ניתן היה לפתוח דפדפן עבור כתובת זו.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln כתבה חדשה</numerusform>
                <numerusform>%Ln כתבות חדשות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln כתבה תאמה את הכללים שלך: %1</numerusform>
                <numerusform>%Ln כתבות תאמו את הכללים שלך: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 ועוד %Ln</numerusform>
                <numerusform>%1 ועוד %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>ב־%Ln הזנה: %1</numerusform>
                <numerusform>ב־%Ln הזנות: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>פתיחה</translation>
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
            <translation>מסד הנתונים של Broadsheet פגום. מה לעשות?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>הגיבוי האחרון הוא מ־%1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>שחזור מה שניתן לקרוא</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>שחזור הגיבוי האחרון</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>יציאה</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>הגיבוי האחרון שוחזר.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>שוחזרה %Ln כתבה. הקובץ הפגום נשמר בשם %1.</numerusform>
                <numerusform>שוחזרו %Ln כתבות. הקובץ הפגום נשמר בשם %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln מינוי</numerusform>
                <numerusform>%Ln מינויים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln תיקייה</numerusform>
                <numerusform>%Ln תיקיות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln כתבה</numerusform>
                <numerusform>%Ln כתבות</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln סימון קריאה או כוכב</numerusform>
                <numerusform>%Ln סימוני קריאה או כוכב</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>חולצו: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>הדיסק מלא: Broadsheet יכול רק לקרוא.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>פרופיל זה מיועד לקריאה בלבד: Broadsheet יכול רק לקרוא, ודבר אינו נשמר.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>לא ניתן היה לתקן את מסד הנתונים.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>רענון כבר מתבצע.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>אין עדיין מינויים לרענון.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>לא ניתן היה להתחיל את העבודה ברקע.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>מתבצע רענון…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>מביא את הכתבות החדשות…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>כתבות: %v מתוך %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln כתבה חדשה</numerusform>
                <numerusform>%Ln כתבות חדשות</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>הרענון בוטל: %1 נשמרו.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln הזנה עודכנה</numerusform>
                <numerusform>%Ln הזנות עודכנו</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln הזנה ללא שינוי</numerusform>
                <numerusform>%Ln הזנות ללא שינוי</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln הזנה נכשלה (פרטים בהזנות המסומנות)</numerusform>
                <numerusform>%Ln הזנות נכשלו (פרטים בהזנות המסומנות)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>הרענון הסתיים: %1.</translation>
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
            <translation>המחשב הזה</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>חשבון:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever לא יכול להירשם: הוסיפו את הערוץ בדף האינטרנט של השרת עצמו; הוא יגיע לכאן בסנכרון הבא.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever לא יכול לשנות שם של ערוץ, להעביר אותו או לבטל את המינוי אליו: עשו זאת בדף האינטרנט של השרת עצמו; השינוי יגיע לכאן בסנכרון הבא.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever לא יכול לשנות שם של תיקייה או להסיר אותה: עשו זאת בדף האינטרנט של השרת עצמו; השינוי יגיע לכאן בסנכרון הבא.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>משנה את המינוי בשרת…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>השרת לא ביצע את השינוי: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>בוצע בשרת, וסונכרן.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>כללים</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>כלל חדש</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>מחיקה</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>כותרת</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>טקסט</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>כותרת או טקסט</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>מחבר</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>קישור</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>שם ההזנה</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>מכיל את המילים</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>תואם לביטוי הרגולרי</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>לדוגמה: כדורגל העבר*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>שם:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>חיפוש ב:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>אופן:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>תבנית:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>ואז:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>פעיל עבור כתבות חדשות</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>סימון כנקרא</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>סימון בכוכב</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>הסתרה (לעולם לא יוצג ברשימה)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>תגית:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>הודעה</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>החלה על כתבות קיימות</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>שמירת הכלל</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (כבוי)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>יש להקליד מילים או תבנית כדי לראות למה הן תואמות.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>הכלל הזה לא יכול לעבוד: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>כתבות שמורות שתואמות לו: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>מתוך %2 הכתבות החדשות ביותר, תואמות לו: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>התבנית איטית מדי בחלק מהכתבות: הן מדולגות.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>נשמר. הכלל יפעל על כתבות עם הגעתן.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>הוחל. כתבות שתאמו לו: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>מחיל…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>החלת הכלל</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>מחיקת הכלל</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>הגדרות</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>קריאה</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>מצב קריאה:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>בהיר</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>ספיה</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>כהה</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>ניגודיות גבוהה</translation>
        </message>
        <message>
            <source>System</source>
            <translation>מערכת</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>גודל גופן:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>גופן:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>עם תגים</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>ללא תגים</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>גופן אחר</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>רוחב שורה:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>צר</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>בינוני</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>רחב</translation>
        </message>
        <message>
            <source>General</source>
            <translation>כללי</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>שפה:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>שפת הכתבות:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>כמו שפת הממשק</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>מקורית (כפי שפורסמה)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>כתבות מוצגות בשפה זו כשהאתר שלהן מפרסם בה.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>רענון כל ההזנות בהפעלה</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>רענון כל:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>כבוי</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 דקות</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 דקות</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>שעה</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>שעתיים</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>סימון כנקרא בפתיחה:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>מיד</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>אחרי המתנה</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>אף פעם</translation>
        </message>
        <message>
            <source> s</source>
            <translation> שנ׳</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>השהיה לפני סימון כנקרא</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>מגבלת גודל המטמון:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>תיקיית ההורדות:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>מועצת העיר הצביעה ביום שלישי בעד הקמת חוות סולארית צפה על המאגר.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>תיקיית ההורדות</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln פיקסלים</numerusform>
                <numerusform>%Ln פיקסלים</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>קיצורי מקלדת</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>מקש</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>פעולה</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>מחפש הזנה ב־%1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>נרשמת ל־%1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>הוספת מינוי</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>לא ניתן היה להירשם.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>תיקייה חדשה</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>שם התיקייה:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>שינוי שם</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>שם חדש:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>יש לבחור הזנה כדי להעביר אותה.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>לבטל את המינוי להזנה זו? הכתבות שלה יימחקו.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>הסרת מינוי</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>להסיר תיקייה זו? ההזנות שבה יעלו רמה אחת.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>הסרת תיקייה</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>ייבוא OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>קובצי OPML (*.opml *.xml);;כל הקבצים (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>הקובץ גדול מדי</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>לא ניתן היה לקרוא את הקובץ.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>מייבא…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>נוסף %Ln מינוי</numerusform>
                <numerusform>נוספו %Ln מינויים</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln כבר היה קיים</numerusform>
                <numerusform>%Ln כבר היו קיימים</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>יש ללחוץ F5 (רענון) כדי להביא את הכתבות שלהם.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>חלק מהרשומות דולגו:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>ייצוא OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>קובצי OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>המינויים יוצאו אל %1.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>זה לא הצליח.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>רענון או סנכרון כבר מתבצעים.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>אין עדיין חשבונות סנכרון: אפשר להוסיף אחד דרך „קובץ &gt; חשבונות סנכרון…”</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>לא ניתן היה להתחיל את העבודה ברקע.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>מסנכרן…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>ביטול הסנכרון</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>שליחת שינויים: %v מתוך %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>כתבות: %v מתוך %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>דפים: %v מתוך %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>מביא את הכתבות החדשות…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>הסנכרון נכשל: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln כתבה חדשה</numerusform>
                <numerusform>%Ln כתבות חדשות</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>הסנכרון בוטל: %1 נשמרו.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>הסנכרון של %1 נכשל: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>הסנכרון הסתיים: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>פתיחת Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>רענון עכשיו</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>סימון הכול כנקרא</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>השהיית התראות</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>יציאה</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln לא נקראה</numerusform>
                <numerusform>Broadsheet: %Ln לא נקראו</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>החדשות ביותר תחילה</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>הישנות ביותר תחילה</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>לפי כותרת</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>לפי הזנה</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>לפי מחבר</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>&amp;מיון כתבות</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>רק &amp;שלא נקראו</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>שמירת החיפוש הזה כ&amp;תצוגה…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;תגית…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>&amp;כללים…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>לזכור את התצוגה</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>שמירת החיפוש</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>שם התצוגה:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>החיפוש נשמר כתצוגה.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>תגית</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>תגית:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>תויג „%1”.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>הסרת תצוגה</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;רענון הכול</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>רענון ה&amp;זנה הזו</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>&amp;ביטול הרענון</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;הוספת מינוי…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>&amp;תיקייה חדשה…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;ייבוא OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>י&amp;צוא OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>הוספת הזנות &amp;מומלצות</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>י&amp;ציאה</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>הכתבה ה&amp;באה</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>הכתבה ה&amp;קודמת</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>הבאה ש&amp;לא נקראה</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>הקודמת שלא &amp;נקראה</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>גלילה, ואז הבאה שלא נקראה</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>&amp;כוכב / הסרת כוכב</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>סימון כ&amp;נקרא / לא נקרא</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>סימון ה&amp;כול כנקרא</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>&amp;פתיחה בדפדפן</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>ה&amp;עתקת קישור</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>&amp;תצוגת קריאה</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;חיפוש…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>טקסט &amp;גדול יותר</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>טקסט &amp;קטן יותר</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>גודל טקסט &amp;ברירת מחדל</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>הצגת ה&amp;מינויים</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;מיקוד בכתבה</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>הג&amp;דרות…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;קיצורי מקלדת</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;על אודות Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>&amp;שינוי שם…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>ה&amp;עברה לתיקייה…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>ה&amp;סרה…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>מ&amp;אפיינים</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>&amp;סנכרון החשבונות עכשיו</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>&amp;חשבונות סנכרון…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;קובץ</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;תצוגה</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>ה&amp;זנות</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;כתבה</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;עזרה</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>רענון כל ההזנות (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>הרשמה להזנה או לאתר (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>סימון כל מה שברשימה כנקרא (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>מעבר בין תצוגת הקריאה לטקסט ההזנה בכתבה (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>סרגל כלים</translation>
        </message>
    </context>
</TS>
