<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>訂閱</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>智慧檢視、資料夾與資訊來源及其未讀文章</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>搜尋文章的標題與內文 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>文章清單與搜尋</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>閱讀窗格</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>選單列</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Broadsheet 的所有動作：按下 Alt，再使用方向鍵</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>重新整理、訂閱、標示為已讀</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>工具列</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>關於重新整理與已完成動作的訊息</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>重新整理進度</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>目前已重新整理的資訊來源</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>停止重新整理</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>最新的在前。J 和 K 移動，S 加星號，M 標示為已讀，O 開啟</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>文章清單</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>未開啟文章</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>同步帳號</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>移除帳號(&amp;R)…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>新增帳號</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>Google Reader API（FreshRSS、Miniflux、Inoreader…）</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>Fever API（FreshRSS、Miniflux、yarr…）</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>通訊協定(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>伺服器位址(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>使用者名稱(&amp;U)：</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>密碼或 API 密碼(&amp;W)：</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>允許以不安全的 http:// 連線到其他電腦（密碼會以未加密的方式傳送）</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever 無法訂閱或取消訂閱：請在伺服器本身的網頁上新增及移除資訊來源，下次同步時就會出現在這裡。</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>測試連線(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>新增帳號(&amp;A)</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%2 上的 %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>從未同步</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>上次同步：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>有 %Ln 項變更等待傳送</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>上次同步失敗：%1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever 無法訂閱：請在伺服器上新增資訊來源。</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>本機：您在這台電腦上訂閱的資訊來源</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>密碼儲存在桌面鑰匙圈中。</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>密碼儲存在 %1 中（只有您能讀取）。</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>正在連線…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>正在移除…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>移除帳號</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>要移除此帳號嗎？其資訊來源和文章會從這台電腦移除；伺服器上不會有任何變更。</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>連線失敗：%1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>未新增帳號：%1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>未移除帳號：%1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>已連線：伺服器接受了此使用者名稱和密碼。</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>已新增帳號。請使用「資訊來源 &gt; 立即同步帳號」取得其資訊來源和文章。</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>已移除帳號。</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>新增訂閱</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>輸入資訊來源或網站的網址：系統會自動為您找到網站的資訊來源。</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>網址：</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>（無資料夾）</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>資料夾：</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>訂閱</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>正在尋找資訊來源…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>無法訂閱：%1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>剛剛</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln 分鐘</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln 小時</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln 天</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>已讀</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>未讀</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>已加星號</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>，</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>M月d日</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>也出現在：</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>無法使用閱讀檢視：此網頁不是文章。</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>已在瀏覽器中開啟。</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>無法為此網址開啟網頁瀏覽器。</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>開啟原文</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>（無標題）</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>複製連結</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>作者：{}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>閱讀約 {} 分鐘</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>正在顯示資訊來源中的文字；完整文章正在準備中。</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>無法準備完整文章；正在顯示資訊來源中的文字。</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>這篇文章沒有內文。請開啟原文閱讀。</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>這篇文章太長，無法完整顯示。請開啟原文閱讀其餘部分。</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>歡迎使用 Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet 匯集您關注的新聞網站與部落格，以安靜、整潔的檢視方式顯示每篇文章，無論連線或離線皆可。在您要求之前不會下載任何內容。</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>新增訂閱</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>輸入資訊來源或網站的網址。</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>匯入訂閱</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>來自其他閱讀器的 OPML 檔案。</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>新增推薦的新聞來源</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>精選的幾個多語言新聞網站。</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>接著：F5 重新整理，J 與 K 在文章間切換，空白鍵繼續閱讀，Ctrl+加號與 Ctrl+減號調整文字大小。</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>音訊</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>視訊</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>圖片</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>File</source>
            <translation>檔案</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開啟</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>下載</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>正在下載：{}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>已下載</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>下載失敗：{}</translation>
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
            <translation>不會開啟此類連結。</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>無法變更隨工作階段啟動的設定：%1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>在背景執行</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>關閉視窗時將 Broadsheet 保留在系統匣中</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>啟動時隱藏在系統匣中</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>此桌面沒有系統匣：關閉視窗會結束 Broadsheet。</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>隨工作階段啟動（此處尚無法使用）</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>隨桌面工作階段啟動</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>有新文章時通知</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>勿擾時段：從</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>復原全部標示為已讀(&amp;U)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>復原</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>將這些文章重新標示為未讀 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>已重新標示為未讀：%1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>沒有可開啟此檔案的程式。</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>無法下載：背景工作未能啟動。</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>正在將 %1 下載至 %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>正在下載 %1：%2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>已下載至 %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>已取消下載。</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>下載失敗：%1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet 已在使用此設定檔執行。</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>無法開啟資料庫；未做任何變更。</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet：未預期的錯誤</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>發生問題，但 Broadsheet 仍在執行。詳細資訊在記錄檔中：</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>通知：</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>與設定相同</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>總是</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>從不</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>全選</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>全不選</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>資訊來源內容</translation>
        </message>
        <message>
            <source>never</source>
            <translation>從未</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>閱讀檢視</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>資訊來源內文</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>原始網頁（在瀏覽器中）</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>文章顯示方式：</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>重新整理：</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>一定數量的已讀文章</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>若干天內的已讀文章</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>保留：</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>未讀和已加星號的文章一律保留。</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>每小時</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>每 2 小時</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>每 4 小時</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>每 12 小時</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>僅在我要求時</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>每 15 分鐘</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>每 30 分鐘</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>每天一次</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>與設定相同</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>資訊來源網址：</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>網站：</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>上次更新：</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>上次檢查：</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>未讀文章：</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>上次錯誤：</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>狀態：</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>此資訊來源已不存在（伺服器回應 410）</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> 篇文章</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln 篇已加星號</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln 篇未讀</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Link copied.</source>
            <translation>已複製連結。</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>搜尋標題與內文 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v / %Ln 個資訊來源</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>所有文章</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未讀</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>已加星號</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>播客</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>資訊來源</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>文字大小：%Ln 像素</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>無法儲存設定：%1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>無法啟動背景工作。</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>重新整理失敗：%1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>未儲存：%1（%2）</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>無法匯入 OPML 檔案。</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>無法匯出訂閱。</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>關於 Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1，一款桌面新聞閱讀器。</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>資料：%1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>這篇文章沒有網址。</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>無法讀取此資訊來源：%1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>沒有符合搜尋的文章。</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>這裡還沒有文章。重新整理 (F5) 以取得最新文章。</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>移至資料夾</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>（無資料夾）</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>這篇文章已不存在。</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>無法取得該版本的文章。</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>閱讀檢視。</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>資訊來源內文。</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>已標示為已讀。</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>已標示為未讀。</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>已加上星號。</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>已移除星號。</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>已全部標示為已讀。</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>這裡沒有其他未讀文章了。</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>已複製連結。</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>無法為此網址開啟網頁瀏覽器。</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln 篇新文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln 篇符合您的規則：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 及另外 %Ln 個</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>來自 %Ln 個資訊來源：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開啟</translation>
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
            <translation>Broadsheet 的資料庫已損毀。要如何處理？</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>最新的備份來自 %1。</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>救回可讀取的部分</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>還原最新的備份</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>已還原最新的備份。</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>已救回 %Ln 篇文章。損毀的檔案已保留為 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln 個訂閱</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln 個資料夾</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln 篇文章</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln 個已讀或星號標記</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>已救回：%1、%2、%3、%4。</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>磁碟已滿：Broadsheet 只能閱讀。</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>此設定檔為唯讀：Broadsheet 只能閱讀，不會儲存任何內容。</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>無法修復資料庫。</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>已在重新整理中。</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>還沒有可重新整理的訂閱。</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>無法啟動背景工作。</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>正在重新整理…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>正在取得新文章…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>文章 %v / %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln 篇新文章</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>已取消重新整理：保留了 %1。</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln 個資訊來源已更新</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln 個資訊來源沒有變更</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln 個資訊來源失敗（請查看已標示的資訊來源）</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>重新整理完成：%1。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
    </context>
    <context>
        <name>RemoteSubscriptions</name>
        <message>
            <source>This computer</source>
            <translation>這台電腦</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>帳號：</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever 無法訂閱：請在伺服器自己的網頁上加入該訂閱源；下次同步時它會出現在這裡。</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever 無法重新命名、移動或取消訂閱訂閱源：請在伺服器自己的網頁上操作；變更會在下次同步時出現在這裡。</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever 無法重新命名或移除資料夾：請在伺服器自己的網頁上操作；變更會在下次同步時出現在這裡。</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>正在伺服器上變更訂閱…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>伺服器沒有進行變更：%1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>已在伺服器上完成並同步。</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>規則</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>新增規則</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>刪除</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>標題</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>內文</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>標題或內文</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>連結</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>資訊來源名稱</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>包含這些字詞</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>符合規則運算式</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>例如：football transfer*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名稱：</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>查看範圍：</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>比對方式：</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>模式：</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>接著：</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>對新文章啟用</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>標示為已讀</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>加上星號</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>隱藏（永不列出）</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>標籤：</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>套用至現有文章</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>儲存規則</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1（已停用）</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>輸入字詞或模式，即可查看符合的內容。</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>此規則無法運作：%1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>符合的已儲存文章：%1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>在最新的 %2 篇文章中，符合的有：%1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>此模式在部分文章上太慢：已略過這些文章。</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>已儲存。它會在文章送達時生效。</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>已套用。符合的文章：%1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>正在套用…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>套用規則</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>刪除規則</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>閱讀</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>閱讀模式：</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>淺色</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>復古棕</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>高對比</translation>
        </message>
        <message>
            <source>System</source>
            <translation>依照系統</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>字型大小：</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>字型：</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>襯線</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>無襯線</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>其他字型</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>行寬：</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>窄</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>寬</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>語言：</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>文章語言：</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>與介面相同</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>原文（依發佈時的語言）</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>網站有發佈此語言的版本時，文章會以此語言顯示。</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>啟動時重新整理所有資訊來源</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>重新整理間隔：</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 分鐘</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 分鐘</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 小時</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 小時</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>開啟時標示為已讀：</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>立即</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>稍待片刻後</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>從不</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>標示為已讀前的延遲</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>快取大小上限：</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>下載資料夾：</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>市議會週二投票決定在水庫上興建一座浮動式太陽能電廠。</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>下載資料夾</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln 像素</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>鍵盤快速鍵</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>按鍵</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>動作</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>正在 %1 尋找資訊來源…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>已訂閱 %1。</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>新增訂閱</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>無法訂閱。</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>新增資料夾</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>資料夾名稱：</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重新命名</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名稱：</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>請選取要移動的資訊來源。</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>要取消訂閱此資訊來源嗎？其文章將被刪除。</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>移除訂閱</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>要移除此資料夾嗎？其中的資訊來源將上移一層。</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>移除資料夾</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>匯入 OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML 檔案 (*.opml *.xml);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>檔案太大</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>無法讀取檔案。</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在匯入…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>已新增 %Ln 個訂閱</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln 個已存在</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1，%2。</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>按 F5（重新整理）以取得它們的文章。</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>已略過部分項目：</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>匯出 OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML 檔案 (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>已將訂閱匯出至 %1。</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>操作未成功。</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>已在重新整理或同步中。</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>還沒有同步帳號：請透過「檔案 &gt; 同步帳號…」新增。</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>無法啟動背景工作。</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>取消同步</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>正在傳送變更 %v / %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>文章 %v / %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>頁面 %v / %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>正在取得新文章…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>同步失敗：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln 篇新文章</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>已取消同步：保留了 %1。</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>%1 同步失敗：%2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>同步完成：%1。</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>開啟 Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>立即重新整理</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>全部標示為已讀</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>暫停通知</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet：%Ln 篇未讀</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>最新的在前</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>最舊的在前</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>依標題</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>依資訊來源</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>依作者</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>排序文章(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>僅顯示未讀(&amp;U)</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>將此搜尋儲存為檢視(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>標籤(&amp;T)…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>規則(&amp;U)…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>記住此檢視</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>儲存搜尋</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>檢視名稱：</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>已將搜尋儲存為檢視。</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>標籤</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>標籤：</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>已加上標籤「%1」。</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>移除檢視</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>全部重新整理(&amp;R)</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>重新整理此資訊來源(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>取消重新整理(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>新增訂閱(&amp;A)…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>新增資料夾(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>匯入 OPML(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>匯出 OPML(&amp;E)…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>新增推薦的新聞來源(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>下一篇文章(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>上一篇文章(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>下一篇未讀文章(&amp;U)</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>上一篇未讀文章(&amp;N)</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>捲動，然後下一篇未讀</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>加上/移除星號(&amp;S)</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>標示為已讀/未讀(&amp;R)</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>全部標示為已讀(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>在瀏覽器中開啟(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>複製連結(&amp;C)</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>閱讀檢視(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>搜尋(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>放大文字(&amp;B)</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>縮小文字(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>預設文字大小(&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>顯示訂閱(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>專注於文章(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>鍵盤快速鍵(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>關於 Broadsheet(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>重新命名(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>移至資料夾(&amp;M)…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>移除(&amp;M)…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>內容(&amp;R)</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>立即同步帳號(&amp;Y)</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>同步帳號(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>資訊來源(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>文章(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>重新整理所有資訊來源 (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>訂閱資訊來源或網站 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>將列出的全部標示為已讀 (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>在閱讀檢視與資訊來源內文之間切換文章 (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>工具列</translation>
        </message>
    </context>
</TS>
