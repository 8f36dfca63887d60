<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Добавить подписку</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Введите адрес ленты или веб-сайта: его ленты будут найдены автоматически.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Адрес:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(без папки)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Папка:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Подписаться</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>сейчас</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation type="unfinished">
                <numerusform>%Ln мин</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation type="unfinished">
                <numerusform>%Ln ч</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation type="unfinished">
                <numerusform>%Ln д</numerusform>
                <numerusform />
                <numerusform />
            </translation>
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
            <translation>Статья</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open original</source>
            <translation>Открыть оригинал</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(без заголовка)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Копировать ссылку</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Автор: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} мин чтения</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Показан текст из ленты; полная статья готовится.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>Не удалось подготовить полную статью; показан текст из ленты.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>В этой статье нет текста. Откройте оригинал, чтобы прочитать её.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Эта статья слишком длинная, чтобы показать её целиком. Откройте оригинал, чтобы дочитать.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Добро пожаловать в Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet собирает новостные сайты и блоги, которые вы читаете, и показывает каждую статью в спокойном и чистом виде — в сети и без неё. Ничего не загружается, пока вы не попросите.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Добавьте подписку</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>по адресу ленты или сайта.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Импортируйте подписки</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>из файла OPML другой программы чтения.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Добавьте рекомендуемые новостные ленты</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>небольшая подборка новостных сайтов на разных языках.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Дальше: F5 — обновить, J и K — переход между статьями, Пробел — читать дальше, Ctrl+Плюс и Ctrl+Минус — размер текста.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Video</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Отмена</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloaded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>Ссылки такого типа не открываются.</translation>
        </message>
    </context>
    <context>
        <name>ChooseFeedDialog</name>
        <message>
            <source>Choose a feed</source>
            <translation>Выбор ленты</translation>
        </message>
        <message>
            <source>This site offers several feeds:</source>
            <translation>Этот сайт предлагает несколько лент:</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet уже запущен с этим профилем.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>Не удалось открыть базу данных; ничего не изменено.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: непредвиденная ошибка</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Что-то пошло не так, но Broadsheet продолжает работать. Подробности в файле журнала:</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select none</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Свойства ленты</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show articles as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A number of read articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notify me of new articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only when I ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As in Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Адрес ленты:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Веб-сайт:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Последнее обновление:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Последняя проверка:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Непрочитанных статей:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Последняя ошибка:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Состояние:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>лента больше не существует (сервер ответил 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> articles</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Link copied.</source>
            <translation>Ссылка скопирована.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Поиск по заголовкам и тексту (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation type="unfinished">
                <numerusform>%v из %Ln ленты</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Все статьи</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Непрочитанные</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Избранное</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Лента</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation type="unfinished">
                <numerusform>Размер текста: %Ln пикс.</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Не удалось сохранить настройки: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Не удалось запустить фоновую работу.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Не удалось обновить: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Не сохранено: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>Не удалось импортировать файл OPML.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Не удалось экспортировать подписки.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>О программе Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1 — программа для чтения новостей.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Данные: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>У этой статьи нет веб-адреса.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Не удалось прочитать эту ленту: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Нет статей, соответствующих запросу.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Здесь пока нет статей. Обновите (F5), чтобы загрузить свежие.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>Переместить в папку</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(без папки)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Этой статьи больше нет.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reader view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Отмечено как прочитанное.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Отмечено как непрочитанное.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Добавлено в избранное.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Удалено из избранного.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Всё отмечено как прочитанное.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Здесь больше нет непрочитанных статей.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Ссылка скопирована.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Broadsheet's database is damaged. What should be done?</source>
            <translation>База данных Broadsheet повреждена. Что сделать?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>Последняя резервная копия от %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Восстановить то, что читается</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Восстановить последнюю резервную копию</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>Последняя резервная копия восстановлена.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation type="unfinished">
                <numerusform>Восстановлена %Ln статья. Повреждённый файл сохранён как %1.</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation type="unfinished">
                <numerusform>%Ln подписка</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation type="unfinished">
                <numerusform>%Ln папка</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation type="unfinished">
                <numerusform>%Ln статья</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation type="unfinished">
                <numerusform>%Ln отметка о прочтении или избранном</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Восстановлено: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>Диск заполнен: Broadsheet может только читать.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Этот профиль доступен только для чтения: Broadsheet может только читать, ничего не сохраняется.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>Не удалось восстановить базу данных.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Обновление уже идёт.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Пока нет подписок для обновления.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Не удалось запустить фоновую работу.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Обновление…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished">Заголовок</translation>
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title or text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feed name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contains the words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished">Название:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pattern:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active for new articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Star</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applying…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete rule</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Чтение</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Режим чтения:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлый</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Сепия</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмный</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Системный</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Размер шрифта:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Шрифт:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>С засечками</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Без засечек</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Другой шрифт</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Ширина строки:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Узкая</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Средняя</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Широкая</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Язык:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as the interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Original (as published)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Обновлять все ленты при запуске</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Интервал обновления:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Выкл.</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 минут</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 минут</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 час</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 часа</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Отмечать прочитанным при открытии:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Сразу</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>С задержкой</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Предельный размер кэша:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> МБ</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>Во вторник городской совет проголосовал за строительство плавучей солнечной электростанции на водохранилище.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln пикс.</numerusform>
                <numerusform>%Ln пикс.</numerusform>
                <numerusform>%Ln пикс.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Клавиша</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Поиск ленты на %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>Вы подписались на %1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Добавить подписку</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Не удалось подписаться.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Новая папка</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Имя папки:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Новое имя:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Выберите ленту, чтобы переместить её.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Отписаться от этой ленты? Её статьи будут удалены.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Удалить подписку</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Удалить эту папку? Её ленты переместятся на уровень выше.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Удалить папку</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Импорт OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>Файлы OPML (*.opml *.xml);;Все файлы (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>файл слишком большой</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Не удалось прочитать файл.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Импорт…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation type="unfinished">
                <numerusform>Добавлена %Ln подписка</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation type="unfinished">
                <numerusform>%Ln уже была</numerusform>
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Нажмите F5 (Обновить), чтобы загрузить их статьи.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Некоторые записи пропущены:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Экспорт OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>Файлы OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Подписки экспортированы в %1.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Не получилось.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation type="unfinished">Не удалось запустить фоновую работу.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oldest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By feed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember the view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the view:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove view</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Обновить все</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Обновить эту &amp;ленту</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>О&amp;тменить обновление</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;Добавить подписку…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>Новая &amp;папка…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;Импорт OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Экспорт OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Добавить &amp;рекомендуемые ленты</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Следующая статья</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>&amp;Предыдущая статья</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Следующая &amp;непрочитанная</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Предыдущая н&amp;епрочитанная</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Прокрутить, затем следующая непрочитанная</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>&amp;В избранное / из избранного</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Отметить &amp;прочитанным / непрочитанным</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>Отметить &amp;все прочитанными</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>&amp;Открыть в браузере</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Копировать ссылку</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>&amp;Крупнее</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>&amp;Мельче</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>&amp;Обычный размер текста</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>Показывать &amp;подписки</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;Сосредоточиться на статье</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;О программе Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Пере&amp;именовать…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>&amp;Переместить в папку…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>Сво&amp;йства</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>&amp;Ленты</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Статья</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Обновить все ленты (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Подписаться на ленту или сайт (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Отметить всё в списке прочитанным (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Панель инструментов</translation>
        </message>
    </context>
</TS>
