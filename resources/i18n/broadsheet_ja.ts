<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>購読</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>スマートビュー、フォルダー、フィードとその未読記事</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>記事のタイトルと本文を検索 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>記事一覧と検索</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>閲覧ペイン</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>メニューバー</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Broadsheet のすべての操作: Alt キーを押してから矢印キーを使います</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>更新、購読、既読にする</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>ツールバー</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>更新と実行した操作に関するメッセージ</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>更新の進行状況</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>更新済みのフィード</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>更新を中止</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>新しい順。J と K で移動、S でスター、M で既読、O で開く</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>記事一覧</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>記事</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>開いている記事はありません</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>同期アカウント</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>アカウントを削除(&amp;R)…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>アカウントを追加</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>Google Reader API (FreshRSS、Miniflux、Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>Fever API (FreshRSS、Miniflux、yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>プロトコル(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>サーバーのアドレス(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>ユーザー名(&amp;U):</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>パスワードまたは API パスワード(&amp;W):</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>ほかのコンピューターへの安全でない http:// を許可する (パスワードは暗号化されずに送信されます)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever では購読の追加や解除ができません。サーバー側のページでフィードを追加・削除してください。次回の同期でここに反映されます。</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>接続をテスト(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>アカウントを追加(&amp;A)</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>未同期</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>最終同期: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln 件の変更が送信待ちです</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>前回の同期に失敗しました: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever では購読できません。サーバーでフィードを追加してください。</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>ローカル: このコンピューターで購読しているフィード</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>パスワードはデスクトップのキーリングに保存されます。</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>パスワードは %1 に保存されます (あなただけが読み取れます)。</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>接続中…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>削除中…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>アカウントを削除</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>このアカウントを削除しますか? フィードと記事はこのコンピューターから削除されますが、サーバー上では何も変わりません。</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>接続に失敗しました: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>アカウントを追加できませんでした: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>アカウントを削除できませんでした: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>接続しました: サーバーがユーザー名とパスワードを受け付けました。</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>アカウントを追加しました。[フィード] &gt; [今すぐアカウントを同期] でフィードと記事を取得してください。</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>アカウントを削除しました。</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>購読を追加</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>フィードまたはウェブサイトのアドレスを入力してください。サイトのフィードは自動的に見つかります。</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>アドレス:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(フォルダーなし)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>フォルダー:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>購読</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>フィードを探しています…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>購読できませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>たった今</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln 分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln 時間</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln 日</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>既読</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>未読</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>スター付き</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>、</translation>
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
            <translation>記事</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>ほかの掲載先:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>リーダービューは利用できません: このページは記事ではありません。</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>ブラウザーで開きました。</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>このアドレスを開けるウェブブラウザーがありません。</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>元の記事を開く</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(タイトルなし)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>リンクをコピー</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>著者: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} 分で読めます</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>フィードのテキストを表示しています。記事全文を準備中です。</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>記事全文を準備できませんでした。フィードのテキストを表示しています。</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>この記事には本文がありません。元の記事を開いてお読みください。</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>この記事は長すぎて全文を表示できません。続きは元の記事でお読みください。</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Broadsheet へようこそ</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet は、フォローしているニュースサイトやブログを集め、すべての記事を落ち着いたすっきりした表示で見せます。オンラインでもオフラインでも使えます。求められるまで何も取得しません。</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>購読を追加</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>フィードまたはサイトのアドレスから。</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>購読をインポート</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>他のリーダーの OPML ファイルから。</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>おすすめのニュースフィードを追加</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>いくつかの言語のニュースサイトを少しだけ厳選しました。</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>次に: F5 で更新、J と K で記事を移動、Space で続きを読む、Ctrl+プラスと Ctrl+マイナスで文字サイズを変更します。</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>添付ファイル</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>音声</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>動画</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>画像</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>ドキュメント</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>再生</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>ダウンロード中: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>ダウンロード完了</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>ダウンロードに失敗しました: {}</translation>
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
            <translation>この種類のリンクは開きません。</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>セッション開始時の起動設定を変更できませんでした: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>バックグラウンド</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>ウィンドウを閉じても Broadsheet をトレイに常駐させる</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>トレイに隠した状態で起動する</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>このデスクトップにはシステムトレイがありません: ウィンドウを閉じると Broadsheet は終了します。</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>セッション開始時に起動する (ここではまだ利用できません)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>デスクトップセッションの開始時に起動する</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>新着記事を通知する</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>通知しない時間帯:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>～</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>すべて既読にするを元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>これらの記事を未読に戻す (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>未読に戻しました: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>このファイルを開けるプログラムがありません。</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>ダウンロードできません: バックグラウンド処理を開始できませんでした。</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>%1 を %2 にダウンロード中</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>%1 をダウンロード中: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>%1 にダウンロードしました</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>ダウンロードをキャンセルしました。</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>ダウンロードに失敗しました: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet はこのプロファイルで既に実行中です。</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>データベースを開けませんでした。何も変更されていません。</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: 予期しないエラー</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>問題が発生しましたが、Broadsheet は動作を続けています。詳細はログファイルにあります:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>通知:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>設定に従う</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>常に通知</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>通知しない</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>すべて選択</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>選択を解除</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>フィードのプロパティ</translation>
        </message>
        <message>
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名前:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>リーダービュー</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>フィードの本文</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>元のページ (ブラウザーで)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>記事の表示方法:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>更新:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>既読記事を一定の件数</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>既読記事を一定の日数</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>保持:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>未読記事とスター付き記事は常に保持されます。</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>1 時間ごと</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>2 時間ごと</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>4 時間ごと</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>12 時間ごと</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>手動で更新したときのみ</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>15 分ごと</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>30 分ごと</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>1 日 1 回</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>設定に従う</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>フィードのアドレス:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>ウェブサイト:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>最終更新:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>最終確認:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>未読記事:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>最後のエラー:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状態:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>フィードは削除されています (サーバーの応答は 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 日</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> 件の記事</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>スター付き %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>未読 %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1、%2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Link copied.</source>
            <translation>リンクをコピーしました。</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>タイトルと本文を検索 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v / %Ln フィード</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>すべての記事</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>未読</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>スター付き</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>ポッドキャスト</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>フィード</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>文字サイズ: %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>設定を保存できませんでした: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>バックグラウンド処理を開始できませんでした。</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>更新に失敗しました: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>保存されていません: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>OPML ファイルをインポートできませんでした。</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>購読をエクスポートできませんでした。</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Broadsheet について</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1、デスクトップ用ニュースリーダー。</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>データ: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>この記事にはウェブアドレスがありません。</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>このフィードを読み込めませんでした: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>検索に一致する記事はありません。</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>まだ記事がありません。更新 (F5) して最新の記事を取得してください。</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>フォルダーへ移動</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(フォルダーなし)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>この記事はもうありません。</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>その版の記事を取得できませんでした。</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>リーダービュー。</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>フィードの本文。</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>既読にしました。</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>未読にしました。</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>スターを付けました。</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>スターを外しました。</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>すべて既読にしました。</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>ここには未読記事はもうありません。</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>リンクをコピーしました。</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>このアドレスを開けるウェブブラウザーがありません。</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln 件の新着記事</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>ルールに一致した %Ln 件：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 ほか %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>%Ln 件のフィード：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
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
            <translation>Broadsheet のデータベースが破損しています。どうしますか?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>最新のバックアップは %1 のものです。</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>読み取れる部分を復旧</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>最新のバックアップを復元</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>最新のバックアップを復元しました。</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>%Ln 件の記事を復旧しました。破損したファイルは %1 として保存してあります。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>購読 %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>フォルダー %Ln 個</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>記事 %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>既読またはスターの印 %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>復旧した内容: %1、%2、%3、%4。</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>ディスクがいっぱいです: Broadsheet は閲覧のみできます。</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>このプロファイルは読み取り専用です: Broadsheet は閲覧のみで、何も保存されません。</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>データベースを修復できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>更新は既に実行中です。</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>更新する購読はまだありません。</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>バックグラウンド処理を開始できませんでした。</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>更新中…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>新着記事を取得しています…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>記事 %v / %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>新着記事 %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>更新をキャンセルしました: %1 は保持されています。</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln 件のフィードを更新</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln 件のフィードは変更なし</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln 件のフィードで失敗 (印の付いたフィードを参照)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>更新が完了しました: %1。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>RemoteSubscriptions</name>
        <message>
            <source>This computer</source>
            <translation>このコンピューター</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>アカウント:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever では購読を追加できません。サーバー自身のウェブページでフィードを追加してください。次回の同期でここに届きます。</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever ではフィードの名前の変更、移動、購読解除はできません。サーバー自身のウェブページで行ってください。変更は次回の同期でここに届きます。</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever ではフォルダーの名前の変更や削除はできません。サーバー自身のウェブページで行ってください。変更は次回の同期でここに届きます。</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>サーバーで購読を変更しています…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>サーバーは変更を行いませんでした: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>サーバーで完了し、同期しました。</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>ルール</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>新しいルール</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>タイトルまたは本文</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作成者</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>リンク</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>フィード名</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>次の語を含む</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>正規表現に一致</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>例: football transfer*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名前:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>対象:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>方法:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>パターン:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>処理:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>新着記事に適用する</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>既読にする</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>スターを付ける</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>非表示 (一覧に表示しない)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>タグ:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>通知する</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>既存の記事に適用</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>ルールを保存</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (オフ)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>語句またはパターンを入力すると、一致するものが表示されます。</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>このルールは機能しません: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>一致する保存済みの記事: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>最新の記事 %2 件のうち一致: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>一部の記事でパターンの処理が遅すぎるため、それらの記事はスキップされます。</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>保存しました。記事の受信時に適用されます。</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>適用しました。一致した記事: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>適用中…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>ルールを適用</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>ルールを削除</translation>
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
            <translation>閲覧</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>閲覧モード:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>ライト</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>セピア</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>ダーク</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>ハイコントラスト</translation>
        </message>
        <message>
            <source>System</source>
            <translation>システム</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>フォントサイズ:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>フォント:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>明朝体 (セリフ)</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>ゴシック体 (サンセリフ)</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>その他のフォント</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>行の幅:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>狭い</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>広い</translation>
        </message>
        <message>
            <source>General</source>
            <translation>全般</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>言語:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>記事の言語:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>インターフェイスと同じ</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>原文 (公開時のまま)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>サイトがこの言語で公開している場合、記事はこの言語で表示されます。</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>起動時にすべてのフィードを更新</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>更新間隔:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>オフ</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 分</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 分</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 時間</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 時間</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>開いたときに既読にする:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>すぐに</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>少し待ってから</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>しない</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>既読にするまでの待ち時間</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>キャッシュサイズの上限:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>ダウンロード フォルダー:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>市議会は火曜日、貯水池に水上太陽光発電所を建設することを議決した。</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>ダウンロード フォルダー</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln px</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>キー</translation>
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
            <translation>%1 でフィードを探しています…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>%1 を購読しました。</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>購読を追加</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>購読できませんでした。</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>新しいフォルダー</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>フォルダー名:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>名前を変更</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新しい名前:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>移動するフィードを選択してください。</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>このフィードの購読を解除しますか? 記事は削除されます。</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>購読を削除</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>このフォルダーを削除しますか? 中のフィードは 1 つ上の階層に移ります。</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>フォルダーを削除</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>OPML をインポート</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML ファイル (*.opml *.xml);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>ファイルが大きすぎます</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>ファイルを読み込めませんでした。</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>インポート中…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Ln 件の購読を追加</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln 件は登録済み</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1、%2。</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>F5 (更新) を押すと記事を取得します。</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>一部の項目はスキップされました:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>OPML をエクスポート</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML ファイル (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>購読を %1 にエクスポートしました。</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>うまくいきませんでした。</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>更新または同期は既に実行中です。</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>同期アカウントがまだありません: [ファイル] &gt; [同期アカウント…] で追加してください。</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>バックグラウンド処理を開始できませんでした。</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>同期中…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>同期をキャンセル</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>変更を送信中 %v / %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>記事 %v / %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>ページ %v / %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>新着記事を取得しています…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>同期に失敗しました: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>新着記事 %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>同期をキャンセルしました: %1 は保持されています。</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>%1 の同期に失敗しました: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>同期が完了しました: %1。</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Broadsheet を開く</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>今すぐ更新</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>すべて既読にする</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>通知を一時停止</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: 未読 %Ln 件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>新しい順</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>古い順</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>タイトル順</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>フィード順</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>作成者順</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>記事の並べ替え(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>未読のみ(&amp;U)</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>この検索をビューとして保存(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>タグ(&amp;T)…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>ルール(&amp;U)…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>ビューを記憶</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>検索を保存</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>ビューの名前:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>検索をビューとして保存しました。</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>タグ:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>「%1」のタグを付けました。</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>ビューを削除</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>すべて更新(&amp;R)</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>このフィードを更新(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>更新をキャンセル(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>購読を追加(&amp;A)…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>新しいフォルダー(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>OPML をインポート(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>OPML をエクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>おすすめのニュースフィードを追加(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>次の記事(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>前の記事(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>次の未読記事(&amp;U)</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>前の未読記事(&amp;N)</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>スクロールしてから次の未読へ</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>スターを付ける/外す(&amp;S)</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>既読/未読にする(&amp;R)</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>すべて既読にする(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>ブラウザーで開く(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>リンクをコピー(&amp;C)</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>リーダービュー(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>検索(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>文字を大きく(&amp;B)</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>文字を小さく(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>標準の文字サイズ(&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>購読を表示(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>記事に集中(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>Broadsheet について(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>名前を変更(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>フォルダーへ移動(&amp;M)…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>削除(&amp;M)…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>プロパティ(&amp;R)</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>今すぐアカウントを同期(&amp;Y)</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>同期アカウント(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>フィード(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>記事(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>すべてのフィードを更新 (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>フィードまたはサイトを購読 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>一覧のすべてを既読にする (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>記事の表示をリーダービューとフィードの本文で切り替え (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>ツールバー</translation>
        </message>
    </context>
</TS>
