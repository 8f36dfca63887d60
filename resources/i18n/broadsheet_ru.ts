<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Подписки</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Умные представления, папки и ленты с непрочитанными статьями</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Поиск по заголовкам и тексту статей (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Список статей и поиск</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Панели чтения</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Строка меню</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Все действия Broadsheet: нажмите Alt, затем клавиши со стрелками</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Обновить, подписаться, отметить прочитанным</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Панель инструментов</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Сообщения об обновлении и выполненных действиях</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Ход обновления</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Сколько лент уже обновлено</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Остановить обновление</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Сначала новые. J и K — переход, S — в избранное, M — отметить прочитанным, O — открыть</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Статья не открыта</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Учётные записи синхронизации</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;Удалить учётную запись…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Добавить учётную запись</translation>
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
            <translation>&amp;Протокол:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>&amp;Адрес сервера:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>Паро&amp;ль или пароль API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Разрешить небезопасный http:// к другому компьютеру (пароль передаётся без шифрования)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever не умеет подписываться и отписываться: добавляйте и удаляйте ленты на страницах самого сервера; они появятся здесь при следующей синхронизации.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Проверить подключение</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Добавить учётную запись</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 на %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Ещё не синхронизировалось</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Последняя синхронизация: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln изменение ожидает отправки</numerusform>
                <numerusform>%Ln изменения ожидают отправки</numerusform>
                <numerusform>%Ln изменений ожидают отправки</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Последняя синхронизация не удалась: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever не умеет подписываться: добавляйте ленты на сервере.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Локально: ленты, на которые вы подписаны на этом компьютере</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Пароли хранятся в связке ключей рабочего стола.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Пароли хранятся в %1 (доступно для чтения только вам).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Подключение…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Удаление…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Удалить учётную запись</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Удалить эту учётную запись? Её ленты и статьи будут удалены с этого компьютера; на сервере ничего не изменится.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Не удалось подключиться: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>Учётная запись не добавлена: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Учётная запись не удалена: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Подключено: сервер принял имя пользователя и пароль.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Учётная запись добавлена. Выберите «Ленты &gt; Синхронизировать учётные записи сейчас», чтобы загрузить её ленты и статьи.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Учётная запись удалена.</translation>
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
            <translation>Поиск ленты…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Не удалось подписаться: %1</translation>
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
            <translation>
                <numerusform>%Ln мин</numerusform>
                <numerusform>%Ln мин</numerusform>
                <numerusform>%Ln мин</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln ч</numerusform>
                <numerusform>%Ln ч</numerusform>
                <numerusform>%Ln ч</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln д</numerusform>
                <numerusform>%Ln д</numerusform>
                <numerusform>%Ln д</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>прочитано</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>не прочитано</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>в избранном</translation>
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
            <translation>Статья</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>Также в:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Режим чтения недоступен: эта страница не является статьёй.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Открыто в браузере.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Не удалось открыть браузер для этого адреса.</translation>
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
            <translation>Вложения</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Аудио</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Видео</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Изображение</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Воспроизвести</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Скачать</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Скачивание: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Скачано</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Не удалось скачать: {}</translation>
        </message>
        <message>
            <source>{} KB</source>
            <translation>{} КБ</translation>
        </message>
        <message>
            <source>{} MB</source>
            <translation>{} МБ</translation>
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>Ссылки такого типа не открываются.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Не удалось изменить запуск вместе с сеансом: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>Работа в фоне</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>При закрытии окна Broadsheet остаётся в области уведомлений</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Запускать свёрнутым в область уведомлений</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>На этом рабочем столе нет области уведомлений: закрытие окна завершает Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Запускать вместе с сеансом (здесь пока недоступно)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Запускать вместе с сеансом рабочего стола</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Уведомлять о новых статьях</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Тихие часы с</translation>
        </message>
        <message>
            <source>to</source>
            <translation>до</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;Отменить «Отметить все прочитанными»</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Снова отметить эти статьи непрочитанными (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>Снова непрочитанные: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Не удалось найти программу для открытия этого файла.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>Скачивание невозможно: не удалось запустить фоновую работу.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>Скачивание %1 в %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>Скачивание %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Скачано в %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Скачивание отменено.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Не удалось скачать: %1</translation>
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
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Уведомления:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Как в настройках</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Всегда</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Выбрать все</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Снять выбор</translation>
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
            <translation>Режим чтения</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Текст ленты</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Исходная страница (в браузере)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Показывать статьи как:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Обновлять:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Определённое число прочитанных статей</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Прочитанные статьи за несколько дней</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Хранить:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Непрочитанные и избранные статьи хранятся всегда.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Каждый час</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>Каждые 2 часа</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>Каждые 4 часа</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>Каждые 12 часов</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Только по запросу</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Каждые 15 минут</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>Каждые 30 минут</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Раз в день</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Как в настройках</translation>
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
            <translation> дн.</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> статей</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln в избранном</numerusform>
                <numerusform>%Ln в избранном</numerusform>
                <numerusform>%Ln в избранном</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln непрочитанная</numerusform>
                <numerusform>%Ln непрочитанные</numerusform>
                <numerusform>%Ln непрочитанных</numerusform>
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
            <translation>
                <numerusform>%v из %Ln ленты</numerusform>
                <numerusform>%v из %Ln лент</numerusform>
                <numerusform>%v из %Ln лент</numerusform>
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
            <translation>Подкасты</translation>
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
            <translation>
                <numerusform>Размер текста: %Ln пикс.</numerusform>
                <numerusform>Размер текста: %Ln пикс.</numerusform>
                <numerusform>Размер текста: %Ln пикс.</numerusform>
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
            <translation>Не удалось загрузить эту версию статьи.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Режим чтения.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Текст ленты.</translation>
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
            <translation>Не удалось открыть браузер для этого адреса.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln новая статья</numerusform>
                <numerusform>%Ln новые статьи</numerusform>
                <numerusform>%Ln новых статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln подходит под ваши правила: %1</numerusform>
                <numerusform>%Ln подходят под ваши правила: %1</numerusform>
                <numerusform>%Ln подходят под ваши правила: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 и ещё %Ln</numerusform>
                <numerusform>%1 и ещё %Ln</numerusform>
                <numerusform>%1 и ещё %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>в %Ln ленте: %1</numerusform>
                <numerusform>в %Ln лентах: %1</numerusform>
                <numerusform>в %Ln лентах: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
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
            <translation>
                <numerusform>Восстановлена %Ln статья. Повреждённый файл сохранён как %1.</numerusform>
                <numerusform>Восстановлены %Ln статьи. Повреждённый файл сохранён как %1.</numerusform>
                <numerusform>Восстановлено %Ln статей. Повреждённый файл сохранён как %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln подписка</numerusform>
                <numerusform>%Ln подписки</numerusform>
                <numerusform>%Ln подписок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln папка</numerusform>
                <numerusform>%Ln папки</numerusform>
                <numerusform>%Ln папок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln статья</numerusform>
                <numerusform>%Ln статьи</numerusform>
                <numerusform>%Ln статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln отметка о прочтении или избранном</numerusform>
                <numerusform>%Ln отметки о прочтении или избранном</numerusform>
                <numerusform>%Ln отметок о прочтении или избранном</numerusform>
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
            <translation>Загрузка новых статей…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Статьи: %v из %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln новая статья</numerusform>
                <numerusform>%Ln новые статьи</numerusform>
                <numerusform>%Ln новых статей</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Обновление отменено: %1 сохранено.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln лента обновлена</numerusform>
                <numerusform>%Ln ленты обновлены</numerusform>
                <numerusform>%Ln лент обновлено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln лента без изменений</numerusform>
                <numerusform>%Ln ленты без изменений</numerusform>
                <numerusform>%Ln лент без изменений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln лента не обновилась (см. отмеченные ленты)</numerusform>
                <numerusform>%Ln ленты не обновились (см. отмеченные ленты)</numerusform>
                <numerusform>%Ln лент не обновились (см. отмеченные ленты)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Обновление завершено: %1.</translation>
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
            <translation>Этот компьютер</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Учётная запись:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever не умеет подписываться: добавьте ленту на веб-странице самого сервера; она появится здесь при следующей синхронизации.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever не умеет переименовывать, перемещать ленты или отписываться от них: сделайте это на веб-странице самого сервера; изменение появится здесь при следующей синхронизации.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever не умеет переименовывать и удалять папки: сделайте это на веб-странице самого сервера; изменение появится здесь при следующей синхронизации.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Подписка изменяется на сервере…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>Сервер не внёс изменение: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Сделано на сервере и синхронизировано.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Правила</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Новое правило</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Заголовок или текст</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Ссылка</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Название ленты</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Содержит слова</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Соответствует регулярному выражению</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Например: футбол трансфер*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Где искать:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Как:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Шаблон:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Затем:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Активно для новых статей</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Отметить прочитанным</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Добавить в избранное</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Скрыть (никогда не показывать)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Метка:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Уведомить</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Применить к уже имеющимся статьям</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Сохранить правило</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (выкл.)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Введите слова или шаблон, чтобы увидеть, что им соответствует.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Это правило не может работать: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Соответствующих сохранённых статей: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>Из %2 самых новых статей соответствуют: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>Шаблон слишком медленно обрабатывает некоторые статьи: они пропускаются.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Сохранено. Правило применяется к статьям по мере их поступления.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Применено. Соответствующих статей: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Применение…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Применить правило</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Удалить правило</translation>
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
            <source>High contrast</source>
            <translation>Высокая контрастность</translation>
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
            <translation>Язык статей:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Как в интерфейсе</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Оригинал (как опубликовано)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Статьи показываются на этом языке, если сайт их на нём публикует.</translation>
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
            <source>Delay before marking read</source>
            <translation>Задержка перед отметкой о прочтении</translation>
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
            <translation>Папка загрузок:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>Во вторник городской совет проголосовал за строительство плавучей солнечной электростанции на водохранилище.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Папка загрузок</translation>
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
            <translation>
                <numerusform>Добавлена %Ln подписка</numerusform>
                <numerusform>Добавлены %Ln подписки</numerusform>
                <numerusform>Добавлено %Ln подписок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln уже есть</numerusform>
                <numerusform>%Ln уже есть</numerusform>
                <numerusform>%Ln уже есть</numerusform>
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
            <translation>Обновление или синхронизация уже выполняется.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Учётных записей синхронизации пока нет: добавьте её через «Файл &gt; Учётные записи синхронизации…»</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Не удалось запустить фоновую работу.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Синхронизация…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Отменить синхронизацию</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Отправка изменений: %v из %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Статьи: %v из %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Страницы: %v из %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Загрузка новых статей…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Синхронизация не удалась: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln новая статья</numerusform>
                <numerusform>%Ln новые статьи</numerusform>
                <numerusform>%Ln новых статей</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Синхронизация отменена: %1 сохранено.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>Синхронизация %1 не удалась: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Синхронизация завершена: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Открыть Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Обновить сейчас</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Отметить все прочитанными</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Приостановить уведомления</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln непрочитанная</numerusform>
                <numerusform>Broadsheet: %Ln непрочитанные</numerusform>
                <numerusform>Broadsheet: %Ln непрочитанных</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Сначала новые</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Сначала старые</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>По заголовку</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>По ленте</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>По автору</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>С&amp;ортировать статьи</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>&amp;Только непрочитанные</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Сохранить этот поиск как &amp;представление…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;Метка…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>П&amp;равила…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Запомнить представление</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Сохранить поиск</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Название представления:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Поиск сохранён как представление.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Метка</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Метка:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Отмечено меткой «%1».</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Удалить представление</translation>
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
            <translation>Режим &amp;чтения</translation>
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
            <translation>&amp;Синхронизировать учётные записи сейчас</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>&amp;Учётные записи синхронизации…</translation>
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
            <translation>Переключить статью между режимом чтения и текстом ленты (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Панель инструментов</translation>
        </message>
    </context>
</TS>
