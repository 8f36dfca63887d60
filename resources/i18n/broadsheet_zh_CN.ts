<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>订阅</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>智能视图、文件夹和订阅源及其未读文章</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>搜索</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>搜索文章的标题和正文 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>文章列表和搜索</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>阅读窗格</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>菜单栏</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Broadsheet 的所有操作：按 Alt，然后使用方向键</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>刷新、订阅、标记为已读</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>有关刷新和已完成操作的消息</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>刷新进度</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>已刷新的订阅源</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>停止刷新</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>最新的在前。J 和 K 移动，S 加星标，M 标记为已读，O 打开</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>文章列表</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>未打开文章</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>同步账户</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>移除账户(&amp;R)…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>添加账户</translation>
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
            <translation>协议(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>服务器地址(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>密码或 API 密码(&amp;W)：</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>允许以不安全的 http:// 连接其他计算机（密码将以明文传输）</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever 无法订阅或取消订阅：请在服务器自身的页面上添加和移除订阅源，下次同步时它们会出现在这里。</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>测试连接(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>添加账户(&amp;A)</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%2 上的 %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>从未同步</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>上次同步：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln 项更改等待发送</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>上次同步失败：%1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever 无法订阅：请在服务器上添加订阅源。</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>本地：你在这台计算机上订阅的订阅源</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>密码保存在桌面密钥环中。</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>密码保存在 %1 中（仅你本人可读取）。</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>正在移除…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>移除账户</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>要移除此账户吗？其订阅源和文章将从这台计算机上移除；服务器上不会有任何变化。</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>连接失败：%1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>未添加账户：%1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>未移除账户：%1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>已连接：服务器接受了该用户名和密码。</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>已添加账户。请使用“订阅源 &gt; 立即同步账户”获取其订阅源和文章。</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>已移除账户。</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>添加订阅</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>输入订阅源或网站的地址：会自动为你找到网站的订阅源。</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>（无文件夹）</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>文件夹：</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>订阅</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>正在查找订阅源…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>无法订阅：%1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>刚刚</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln 分钟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln 小时</numerusform>
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
            <translation>已读</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>未读</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>已加星标</translation>
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
            <translation>另见于：</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>阅读视图不可用：此页面不是文章。</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>已在浏览器中打开。</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>无法为此地址打开网页浏览器。</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>打开原文</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>复制链接</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>作者：{}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>阅读需 {} 分钟</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>正在显示订阅源中的文本；完整文章正在准备中。</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>无法准备完整文章；正在显示订阅源中的文本。</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>这篇文章没有正文。请打开原文阅读。</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>这篇文章太长，无法完整显示。请打开原文阅读其余部分。</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>欢迎使用 Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet 汇集你关注的新闻网站和博客，以安静、整洁的视图显示每篇文章，无论在线还是离线。在你要求之前不会下载任何内容。</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>添加订阅</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>输入订阅源或网站的地址。</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>导入订阅</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>来自其他阅读器的 OPML 文件。</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>添加推荐的新闻源</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>精选的几个多语言新闻网站。</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>之后：F5 刷新，J 和 K 在文章之间切换，空格键继续阅读，Ctrl+加号和 Ctrl+减号调整文字大小。</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>音频</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>图片</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>下载</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>正在下载：{}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>已下载</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>下载失败：{}</translation>
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
            <translation>不会打开此类链接。</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>无法更改随会话启动的设置：%1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>后台运行</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>关闭窗口时将 Broadsheet 保留在系统托盘中</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>启动时隐藏到系统托盘</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>此桌面没有系统托盘：关闭窗口将退出 Broadsheet。</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>随会话启动（此处暂不可用）</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>随桌面会话启动</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>有新文章时通知</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>免打扰时段：从</translation>
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
            <translation>撤销全部标记为已读(&amp;U)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>将这些文章重新标记为未读 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>已重新标记为未读：%1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>没有可打开此文件的程序。</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>无法下载：后台任务未能启动。</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>正在将 %1 下载到 %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>正在下载 %1：%2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>已下载到 %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>下载已取消。</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>下载失败：%1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet 已在使用此配置文件运行。</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>无法打开数据库；未做任何更改。</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet：意外错误</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>出现了问题，但 Broadsheet 仍在运行。详细信息在日志文件中：</translation>
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
            <translation>与设置相同</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>总是</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>全选</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>全不选</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>订阅源属性</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>阅读视图</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>订阅源正文</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>原始网页（在浏览器中）</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>文章显示方式：</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>刷新：</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>一定数量的已读文章</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>若干天内的已读文章</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>保留：</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>未读和已加星标的文章始终保留。</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>每小时</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>每 2 小时</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>每 4 小时</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>每 12 小时</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>仅在我手动刷新时</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>每 15 分钟</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>每 30 分钟</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>每天一次</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>与设置相同</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>订阅源地址：</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>网站：</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>上次更新：</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>上次检查：</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>未读文章：</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>上次错误：</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>该订阅源已不存在（服务器返回 410）</translation>
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
                <numerusform>%Ln 篇已加星标</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln 篇未读</numerusform>
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
            <translation>链接已复制。</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>搜索标题和正文 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v / %Ln 个订阅源</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>全部文章</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未读</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>已加星标</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>播客</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>订阅源</translation>
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
            <translation>无法保存设置：%1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>无法启动后台任务。</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>刷新失败：%1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>未保存：%1（%2）</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>无法导入 OPML 文件。</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>无法导出订阅。</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>关于 Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1，一款桌面新闻阅读器。</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>数据：%1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>这篇文章没有网址。</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>无法读取此订阅源：%1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>没有与搜索匹配的文章。</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>这里还没有文章。刷新 (F5) 以获取最新文章。</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>移动到文件夹</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>（无文件夹）</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>这篇文章已不存在。</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>无法获取该版本的文章。</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>阅读视图。</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>订阅源正文。</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>已标记为已读。</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>已标记为未读。</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>已加星标。</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>已取消星标。</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>已全部标记为已读。</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>这里没有更多未读文章了。</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>链接已复制。</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>无法为此地址打开网页浏览器。</translation>
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
                <numerusform>%Ln 篇符合您的规则：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 及另外 %Ln 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>来自 %Ln 个订阅源：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
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
            <translation>Broadsheet 的数据库已损坏。要怎么处理？</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>最新的备份来自 %1。</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>恢复可读取的部分</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>还原最新的备份</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>已还原最新的备份。</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>已恢复 %Ln 篇文章。损坏的文件已保留为 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln 个订阅</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln 个文件夹</numerusform>
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
                <numerusform>%Ln 个已读或星标标记</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>已恢复：%1、%2、%3、%4。</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>磁盘已满：Broadsheet 只能阅读。</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>此配置文件为只读：Broadsheet 只能阅读，不会保存任何内容。</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>无法修复数据库。</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>刷新已在进行中。</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>还没有可刷新的订阅。</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>无法启动后台任务。</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>正在刷新…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>正在获取新文章…</translation>
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
            <translation>刷新已取消：已保留 %1。</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln 个订阅源已更新</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln 个订阅源无变化</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln 个订阅源失败（请查看已标记的订阅源）</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>刷新完成：%1。</translation>
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
            <translation>这台电脑</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>账户：</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever 无法订阅：请在服务器自己的网页上添加该订阅源；下次同步时它会出现在这里。</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever 无法重命名、移动或退订订阅源：请在服务器自己的网页上操作；更改会在下次同步时出现在这里。</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever 无法重命名或移除文件夹：请在服务器自己的网页上操作；更改会在下次同步时出现在这里。</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>正在服务器上更改订阅…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>服务器没有进行更改：%1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>已在服务器上完成并同步。</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>新建规则</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>标题或正文</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>链接</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>订阅源名称</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>包含以下词语</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>匹配正则表达式</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>例如：football transfer*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>查找范围：</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>匹配方式：</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>模式：</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>然后：</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>对新文章启用</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>标记为已读</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>加星标</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>隐藏（永不列出）</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>应用到现有文章</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>保存规则</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1（已停用）</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>输入词语或模式以查看其匹配结果。</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>此规则无法生效：%1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>匹配的已存储文章：%1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>在最新的 %2 篇文章中，匹配：%1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>此模式在某些文章上太慢：已跳过这些文章。</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>已保存。它会在文章到达时生效。</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>已应用。匹配的文章：%1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>正在应用…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>应用规则</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>删除规则</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>阅读</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>阅读模式：</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>棕褐色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>高对比度</translation>
        </message>
        <message>
            <source>System</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>字号：</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>字体：</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>衬线</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>无衬线</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>其他字体</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>行宽：</translation>
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
            <translation>宽</translation>
        </message>
        <message>
            <source>General</source>
            <translation>常规</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>语言：</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>文章语言：</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>与界面相同</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>原文（按发布时的语言）</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>当网站发布了该语言的版本时，文章将以此语言显示。</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>启动时刷新所有订阅源</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>刷新间隔：</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 分钟</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 分钟</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 小时</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 小时</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>打开时标记为已读：</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>立即</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>延迟一段时间后</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>标记为已读前的延迟</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>缓存大小上限：</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>下载文件夹：</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>市议会周二投票决定在水库上建造一座漂浮式太阳能电站。</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>下载文件夹</translation>
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
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>正在 %1 查找订阅源…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>已订阅 %1。</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>添加订阅</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>无法订阅。</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>新建文件夹</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>文件夹名称：</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>请选择要移动的订阅源。</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>要取消订阅此订阅源吗？其文章将被删除。</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>移除订阅</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>要移除此文件夹吗？其中的订阅源将上移一级。</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>移除文件夹</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>导入 OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML 文件 (*.opml *.xml);;所有文件 (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>文件太大</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>已添加 %Ln 个订阅</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln 个已存在</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1，%2。</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>按 F5（刷新）获取它们的文章。</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>已跳过部分条目：</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>导出 OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML 文件 (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>订阅已导出到 %1。</translation>
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
            <translation>刷新或同步已在进行中。</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>还没有同步账户：请通过“文件 &gt; 同步账户…”添加。</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>无法启动后台任务。</translation>
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
            <translation>正在发送更改 %v / %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>文章 %v / %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>页面 %v / %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>正在获取新文章…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>同步失败：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln 篇新文章</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>同步已取消：已保留 %1。</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>%1 同步失败：%2</translation>
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
            <translation>打开 Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>立即刷新</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>全部标记为已读</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>暂停通知</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet：%Ln 篇未读</numerusform>
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
            <translation>最早的在前</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>按标题</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>按订阅源</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>按作者</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>文章排序(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>仅未读(&amp;U)</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>将此搜索保存为视图(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>标签(&amp;T)…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>规则(&amp;U)…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>记住此视图</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>保存搜索</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>视图名称：</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>搜索已保存为视图。</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>已添加标签“%1”。</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>移除视图</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>全部刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>刷新此订阅源(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>取消刷新(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>添加订阅(&amp;A)…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>新建文件夹(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>导入 OPML(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>导出 OPML(&amp;E)…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>添加推荐的新闻源(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
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
            <translation>下一篇未读文章(&amp;U)</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>上一篇未读文章(&amp;N)</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>滚动，然后下一篇未读</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>加星标/取消星标(&amp;S)</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>标记为已读/未读(&amp;R)</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>全部标记为已读(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>在浏览器中打开(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>复制链接(&amp;C)</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>阅读视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>搜索(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>放大文字(&amp;B)</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>缩小文字(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>默认文字大小(&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>显示订阅(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>专注于文章(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>关于 Broadsheet(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>重命名(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>移动到文件夹(&amp;M)…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>移除(&amp;M)…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>属性(&amp;R)</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>立即同步账户(&amp;Y)</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>同步账户(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>订阅源(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>文章(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>刷新所有订阅源 (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>订阅一个订阅源或网站 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>将列出的全部标记为已读 (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>在阅读视图和订阅源正文之间切换文章 (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
    </context>
</TS>
