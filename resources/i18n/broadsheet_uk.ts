<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Підписки</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Розумні подання, теки та стрічки з непрочитаними статтями</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Пошук</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Пошук у заголовках і тексті статей (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Список статей і пошук</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Панелі читання</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Рядок меню</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Усі дії Broadsheet: натисніть Alt, потім клавіші зі стрілками</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Оновити, підписатися, позначити прочитаним</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Панель інструментів</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Стан</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Повідомлення про оновлення та виконані дії</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Перебіг оновлення</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Скільки стрічок уже оновлено</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Зупинити оновлення</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Спершу нові. J і K — перехід, S — до обраного, M — позначити прочитаним, O — відкрити</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Статті</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Стаття</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Жодну статтю не відкрито</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Облікові записи синхронізації</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>В&amp;илучити обліковий запис…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Додати обліковий запис</translation>
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
            <translation>&amp;Адреса сервера:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Ім’я користувача:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>Паро&amp;ль або пароль API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Дозволити незахищений http:// до іншого комп’ютера (пароль передається без шифрування)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever не вміє підписуватися й відписуватися: додавайте та вилучайте стрічки на сторінках самого сервера; вони з’являться тут після наступної синхронізації.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Перевірити з’єднання</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Додати обліковий запис</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 на %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Ще не синхронізовано</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Остання синхронізація: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln зміна очікує надсилання</numerusform>
                <numerusform>%Ln зміни очікують надсилання</numerusform>
                <numerusform>%Ln змін очікують надсилання</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Остання синхронізація не вдалася: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever не вміє підписуватися: додавайте стрічки на сервері.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Локально: стрічки, на які ви підписані на цьому комп’ютері</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Паролі зберігаються у сховищі ключів робочого столу.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Паролі зберігаються в %1 (доступно для читання лише вам).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>З’єднання…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Вилучення…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Вилучити обліковий запис</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Вилучити цей обліковий запис? Його стрічки та статті буде видалено з цього комп’ютера; на сервері нічого не зміниться.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Не вдалося з’єднатися: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>Обліковий запис не додано: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Обліковий запис не вилучено: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>З’єднано: сервер прийняв ім’я користувача та пароль.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Обліковий запис додано. Виберіть «Стрічки &gt; Синхронізувати облікові записи зараз», щоб отримати його стрічки та статті.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Обліковий запис вилучено.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Додати підписку</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Введіть адресу стрічки або вебсайту: його стрічки буде знайдено автоматично.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Адреса:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(без теки)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Тека:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Підписатися</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>Пошук стрічки…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Не вдалося підписатися: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>зараз</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln хв</numerusform>
                <numerusform>%Ln хв</numerusform>
                <numerusform>%Ln хв</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln год</numerusform>
                <numerusform>%Ln год</numerusform>
                <numerusform>%Ln год</numerusform>
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
            <translation>непрочитано</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>в обраному</translation>
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
            <translation>Стаття</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>Також у:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Режим читання недоступний: ця сторінка не є статтею.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Відкрито у браузері.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Не вдалося відкрити браузер для цієї адреси.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>Відкрити оригінал</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(без заголовка)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Копіювати посилання</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Автор: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} хв читання</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Показано текст зі стрічки; повна стаття готується.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>Не вдалося підготувати повну статтю; показано текст зі стрічки.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>У цій статті немає тексту. Відкрийте оригінал, щоб прочитати її.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Ця стаття задовга, щоб показати її повністю. Відкрийте оригінал, щоб дочитати.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Ласкаво просимо до Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet збирає новинні сайти й блоги, за якими ви стежите, і показує кожну статтю в спокійному, чистому вигляді — в мережі й без неї. Нічого не завантажується, доки ви не попросите.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Додайте підписку</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>за адресою стрічки або сайту.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Імпортуйте підписки</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>з файлу OPML іншої програми читання.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Додайте рекомендовані стрічки новин</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>невеликий добір новинних сайтів різними мовами.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Далі: F5 — оновити, J і K — перехід між статтями, Пробіл — читати далі, Ctrl+Плюс і Ctrl+Мінус — розмір тексту.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Вкладення</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Аудіо</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Відео</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Зображення</translation>
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
            <translation>Відтворити</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Відкрити</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Завантажити</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Завантаження: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Завантажено</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Не вдалося завантажити: {}</translation>
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
            <translation>Посилання такого типу не відкриваються.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Не вдалося змінити запуск разом із сеансом: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>У фоні</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Після закриття вікна Broadsheet залишається в системному лотку</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Запускати прихованим у системному лотку</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>У цьому середовищі немає системного лотка: закриття вікна завершує роботу Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Запускати разом із сеансом (тут поки недоступно)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Запускати разом із сеансом робочого столу</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Сповіщати про нові статті</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Тихі години з</translation>
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
            <translation>&amp;Скасувати «Позначити все прочитаним»</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Знову позначити ці статті непрочитаними (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>Знову непрочитані: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Не вдалося знайти програму, щоб відкрити цей файл.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>Завантаження неможливе: не вдалося запустити фонову роботу.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>Завантаження %1 до %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>Завантаження %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Завантажено до %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Завантаження скасовано.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Не вдалося завантажити: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet уже запущено з цим профілем.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>Не вдалося відкрити базу даних; нічого не змінено.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: неочікувана помилка</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Щось пішло не так, але Broadsheet працює далі. Подробиці у файлі журналу:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Сповіщення:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Як у налаштуваннях</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Завжди</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Ніколи</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Вибрати все</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Зняти вибір</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Властивості стрічки</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ніколи</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Назва:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>Режим читання</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Текст стрічки</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Оригінальна сторінка (у браузері)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Показувати статті як:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Оновлювати:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Певну кількість прочитаних статей</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Прочитані статті за кілька днів</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Зберігати:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Непрочитані та обрані статті зберігаються завжди.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Щогодини</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>Кожні 2 години</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>Кожні 4 години</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>Кожні 12 годин</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Лише на мій запит</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Кожні 15 хвилин</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>Кожні 30 хвилин</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Раз на день</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Як у налаштуваннях</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Адреса стрічки:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Вебсайт:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Останнє оновлення:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Остання перевірка:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Непрочитаних статей:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Остання помилка:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Стан:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>стрічки більше немає (сервер відповів 410)</translation>
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
                <numerusform>%Ln в обраному</numerusform>
                <numerusform>%Ln в обраному</numerusform>
                <numerusform>%Ln в обраному</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln непрочитана</numerusform>
                <numerusform>%Ln непрочитані</numerusform>
                <numerusform>%Ln непрочитаних</numerusform>
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
            <translation>Посилання скопійовано.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Пошук у заголовках і тексті (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v з %Ln стрічки</numerusform>
                <numerusform>%v з %Ln стрічок</numerusform>
                <numerusform>%v з %Ln стрічок</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Усі статті</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Непрочитані</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Обрані</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>Подкасти</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Стрічка</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>Розмір тексту: %Ln пкс</numerusform>
                <numerusform>Розмір тексту: %Ln пкс</numerusform>
                <numerusform>Розмір тексту: %Ln пкс</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Не вдалося зберегти налаштування: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Не вдалося запустити фонову роботу.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Не вдалося оновити: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Не збережено: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>Не вдалося імпортувати файл OPML.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Не вдалося експортувати підписки.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Про Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1 — програма для читання новин.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Дані: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Ця стаття не має вебадреси.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Не вдалося прочитати цю стрічку: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Немає статей, що відповідають пошуку.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Тут ще немає статей. Оновіть (F5), щоб отримати найсвіжіші.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>Перемістити до теки</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(без теки)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Цієї статті більше немає.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>Не вдалося отримати цю версію статті.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Режим читання.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Текст стрічки.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Позначено як прочитане.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Позначено як непрочитане.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Додано до обраного.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Вилучено з обраного.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Усе позначено як прочитане.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Тут більше немає непрочитаних статей.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Посилання скопійовано.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Не вдалося відкрити браузер для цієї адреси.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln нова стаття</numerusform>
                <numerusform>%Ln нові статті</numerusform>
                <numerusform>%Ln нових статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln відповідає вашим правилам: %1</numerusform>
                <numerusform>%Ln відповідають вашим правилам: %1</numerusform>
                <numerusform>%Ln відповідають вашим правилам: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 і ще %Ln</numerusform>
                <numerusform>%1 і ще %Ln</numerusform>
                <numerusform>%1 і ще %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>у %Ln стрічці: %1</numerusform>
                <numerusform>у %Ln стрічках: %1</numerusform>
                <numerusform>у %Ln стрічках: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Відкрити</translation>
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
            <translation>Базу даних Broadsheet пошкоджено. Що зробити?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>Остання резервна копія від %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Відновити те, що читається</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Відновити останню резервну копію</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Вийти</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>Останню резервну копію відновлено.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>Відновлено %Ln статтю. Пошкоджений файл збережено як %1.</numerusform>
                <numerusform>Відновлено %Ln статті. Пошкоджений файл збережено як %1.</numerusform>
                <numerusform>Відновлено %Ln статей. Пошкоджений файл збережено як %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln підписка</numerusform>
                <numerusform>%Ln підписки</numerusform>
                <numerusform>%Ln підписок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln тека</numerusform>
                <numerusform>%Ln теки</numerusform>
                <numerusform>%Ln тек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln стаття</numerusform>
                <numerusform>%Ln статті</numerusform>
                <numerusform>%Ln статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln позначка прочитання чи обраного</numerusform>
                <numerusform>%Ln позначки прочитання чи обраного</numerusform>
                <numerusform>%Ln позначок прочитання чи обраного</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Врятовано: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>Диск заповнено: Broadsheet може лише читати.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Цей профіль лише для читання: Broadsheet може лише читати, нічого не зберігається.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>Не вдалося відновити базу даних.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Оновлення вже триває.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Ще немає підписок для оновлення.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Не вдалося запустити фонову роботу.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Оновлення…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Отримання нових статей…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Статті: %v з %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln нова стаття</numerusform>
                <numerusform>%Ln нові статті</numerusform>
                <numerusform>%Ln нових статей</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Оновлення скасовано: %1 збережено.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln стрічку оновлено</numerusform>
                <numerusform>%Ln стрічки оновлено</numerusform>
                <numerusform>%Ln стрічок оновлено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln стрічка без змін</numerusform>
                <numerusform>%Ln стрічки без змін</numerusform>
                <numerusform>%Ln стрічок без змін</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln стрічку не оновлено (див. позначені стрічки)</numerusform>
                <numerusform>%Ln стрічки не оновлено (див. позначені стрічки)</numerusform>
                <numerusform>%Ln стрічок не оновлено (див. позначені стрічки)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Оновлення завершено: %1.</translation>
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
            <translation>Цей комп'ютер</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Обліковий запис:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever не вміє підписуватися: додайте стрічку на вебсторінці самого сервера; вона з'явиться тут під час наступної синхронізації.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever не вміє перейменовувати, переміщувати стрічки чи відписуватися від них: зробіть це на вебсторінці самого сервера; зміна з'явиться тут під час наступної синхронізації.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever не вміє перейменовувати й вилучати теки: зробіть це на вебсторінці самого сервера; зміна з'явиться тут під час наступної синхронізації.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Підписка змінюється на сервері…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>Сервер не вніс зміну: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Зроблено на сервері й синхронізовано.</translation>
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
            <translation>Нове правило</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Видалити</translation>
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
            <translation>Заголовок або текст</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Посилання</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Назва стрічки</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Містить слова</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Відповідає регулярному виразу</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Наприклад: футбол трансфер*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Назва:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Де шукати:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Як:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Шаблон:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Потім:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Активне для нових статей</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Позначити прочитаним</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Додати до обраного</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Сховати (ніколи не показувати)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Мітка:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Сповістити</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Застосувати до наявних статей</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Зберегти правило</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (вимкнено)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Введіть слова або шаблон, щоб побачити, чому вони відповідають.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Це правило не може працювати: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Збережених статей, що відповідають: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>З %2 найновіших статей відповідають: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>Шаблон надто повільно обробляє деякі статті: їх пропущено.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Збережено. Правило діє на статті в міру їх надходження.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Застосовано. Статей, що відповідали: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Застосування…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Застосувати правило</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Видалити правило</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Читання</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Режим читання:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Світлий</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Сепія</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Темний</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Висока контрастність</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Системний</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Розмір шрифту:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Шрифт:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Із засічками</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Без засічок</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Інший шрифт</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Ширина рядка:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Вузька</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Середня</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Широка</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Загальні</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Мова:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>Мова статей:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Як в інтерфейсі</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Оригінал (як опубліковано)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Статті показуються цією мовою, якщо сайт її публікує.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Оновлювати всі стрічки під час запуску</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Інтервал оновлення:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Вимк.</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 хвилин</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 хвилин</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 година</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 години</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Позначати прочитаним під час відкриття:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Одразу</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Із затримкою</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Ніколи</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>Затримка перед позначенням прочитаним</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Обмеження розміру кешу:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> МБ</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>Тека завантажень:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>У вівторок міська рада проголосувала за будівництво плавучої сонячної електростанції на водосховищі.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Тека завантажень</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln пікс.</numerusform>
                <numerusform>%Ln пікс.</numerusform>
                <numerusform>%Ln пікс.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Комбінації клавіш</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Клавіша</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Дія</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Пошук стрічки на %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>Ви підписалися на %1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Додати підписку</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Не вдалося підписатися.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Нова тека</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Назва теки:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Перейменувати</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Нова назва:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Виберіть стрічку, щоб перемістити її.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Відписатися від цієї стрічки? Її статті буде видалено.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Вилучити підписку</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Вилучити цю теку? Її стрічки перемістяться на рівень вище.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Вилучити теку</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Імпорт OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>Файли OPML (*.opml *.xml);;Усі файли (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>файл завеликий</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Не вдалося прочитати файл.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Імпорт…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>Додано %Ln підписку</numerusform>
                <numerusform>Додано %Ln підписки</numerusform>
                <numerusform>Додано %Ln підписок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln вже є</numerusform>
                <numerusform>%Ln вже є</numerusform>
                <numerusform>%Ln вже є</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Натисніть F5 (Оновити), щоб отримати їхні статті.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Деякі записи пропущено:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Експорт OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>Файли OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Підписки експортовано до %1.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Не вдалося.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>Оновлення або синхронізація вже виконується.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Облікових записів синхронізації ще немає: додайте його через «Файл &gt; Облікові записи синхронізації…»</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Не вдалося запустити фонову роботу.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Синхронізація…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Скасувати синхронізацію</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Надсилання змін: %v з %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Статті: %v з %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Сторінки: %v з %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Отримання нових статей…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Синхронізація не вдалася: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln нова стаття</numerusform>
                <numerusform>%Ln нові статті</numerusform>
                <numerusform>%Ln нових статей</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Синхронізацію скасовано: %1 збережено.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>Синхронізація %1 не вдалася: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Синхронізацію завершено: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Відкрити Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Оновити зараз</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Позначити все прочитаним</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Призупинити сповіщення</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Вийти</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln непрочитана</numerusform>
                <numerusform>Broadsheet: %Ln непрочитані</numerusform>
                <numerusform>Broadsheet: %Ln непрочитаних</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Спочатку нові</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Спочатку старі</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>За заголовком</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>За стрічкою</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>За автором</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>&amp;Сортувати статті</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>&amp;Лише непрочитані</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Зберегти цей пошук як &amp;подання…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;Мітка…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>П&amp;равила…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Запам’ятати подання</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Зберегти пошук</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Назва подання:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Пошук збережено як подання.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Мітка</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Мітка:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Позначено міткою «%1».</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Вилучити подання</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Оновити все</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Оновити цю &amp;стрічку</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>С&amp;касувати оновлення</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;Додати підписку…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>Нова &amp;тека…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;Імпорт OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Експорт OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Додати &amp;рекомендовані стрічки</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Вийти</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>&amp;Наступна стаття</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>&amp;Попередня стаття</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Наступна н&amp;епрочитана</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Попередня непроч&amp;итана</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Прокрутити, потім наступна непрочитана</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>До &amp;обраного / з обраного</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Позначити про&amp;читаним / непрочитаним</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>Позначити &amp;все прочитаним</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>Відкрити в &amp;браузері</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Копіювати посилання</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>Режим &amp;читання</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Шукати…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>&amp;Більший текст</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>&amp;Менший текст</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>&amp;Типовий розмір тексту</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>Показувати &amp;підписки</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;Зосередитися на статті</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Налаштування…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Комбінації клавіш</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;Про Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Пере&amp;йменувати…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>Пере&amp;містити до теки…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Вилучити…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>В&amp;ластивості</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>&amp;Синхронізувати облікові записи зараз</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>&amp;Облікові записи синхронізації…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Перегляд</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>&amp;Стрічки</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>С&amp;таття</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Оновити всі стрічки (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Підписатися на стрічку або сайт (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Позначити все в списку прочитаним (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>Перемкнути статтю між режимом читання і текстом стрічки (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Панель інструментів</translation>
        </message>
    </context>
</TS>
