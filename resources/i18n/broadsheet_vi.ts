<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Các đăng ký</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Chế độ xem thông minh, thư mục và nguồn tin cùng các bài chưa đọc</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Tìm kiếm</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Tìm trong tiêu đề và nội dung bài viết (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Danh sách bài viết và tìm kiếm</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Khung đọc</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Thanh menu</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Mọi thao tác của Broadsheet: nhấn Alt, rồi dùng các phím mũi tên</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Làm mới, đăng ký, đánh dấu đã đọc</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Thanh công cụ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Thông báo về việc làm mới và những gì đã thực hiện</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Tiến trình làm mới</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Số nguồn tin đã làm mới đến giờ</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Dừng làm mới</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Mới nhất trước. J và K để di chuyển, S để gắn sao, M để đánh dấu đã đọc, O để mở</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Các bài viết</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Bài viết</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Chưa mở bài viết nào</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Tài khoản đồng bộ</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;Xóa tài khoản…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Thêm tài khoản</translation>
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
            <translation>&amp;Giao thức:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>Địa chỉ &amp;máy chủ:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Tên người dùng:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>&amp;Mật khẩu hoặc mật khẩu API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Cho phép http:// không an toàn tới máy khác (mật khẩu được gửi đi mà không mã hóa)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever không thể đăng ký hay hủy đăng ký: hãy thêm và xóa nguồn tin trên chính các trang của máy chủ; chúng sẽ xuất hiện ở đây trong lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Kiểm tra kết nối</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Thêm tài khoản</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 tại %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Chưa từng đồng bộ</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Lần đồng bộ cuối: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln thay đổi đang chờ gửi</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Lần đồng bộ cuối thất bại: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever không thể đăng ký: hãy thêm nguồn tin trên máy chủ.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Cục bộ: các nguồn tin bạn đăng ký trên máy tính này</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Mật khẩu được lưu trong chuỗi khóa của máy tính.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Mật khẩu được lưu trong %1 (chỉ bạn mới đọc được).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Đang kết nối…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Đang xóa…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Xóa tài khoản</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Xóa tài khoản này? Các nguồn tin và bài viết của nó sẽ bị xóa khỏi máy tính này; trên máy chủ không có gì thay đổi.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Kết nối thất bại: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>Chưa thêm được tài khoản: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Chưa xóa được tài khoản: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Đã kết nối: máy chủ đã chấp nhận tên người dùng và mật khẩu.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Đã thêm tài khoản. Hãy dùng Nguồn tin &gt; Đồng bộ tài khoản ngay để tải các nguồn tin và bài viết của nó.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Đã xóa tài khoản.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Thêm đăng ký</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Nhập địa chỉ của một nguồn tin hoặc một trang web: các nguồn tin của trang sẽ được tìm giúp bạn.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Địa chỉ:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(không có thư mục)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Thư mục:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Đăng ký</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>Đang tìm nguồn tin…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Không thể đăng ký: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>vừa xong</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln phút</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln giờ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>đã đọc</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>chưa đọc</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>gắn sao</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM, yyyy</translation>
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
            <translation>Bài viết</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>Cũng có trong:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Không có chế độ đọc: trang này không phải là một bài viết.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Đã mở trong trình duyệt.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Không thể mở trình duyệt web nào cho địa chỉ này.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>Mở bản gốc</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(không có tiêu đề)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Sao chép liên kết</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Tác giả: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} phút đọc</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Đang hiển thị văn bản từ nguồn tin; bài viết đầy đủ đang được chuẩn bị.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>Không thể chuẩn bị bài viết đầy đủ; đang hiển thị văn bản từ nguồn tin.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>Bài viết này không có nội dung. Hãy mở bản gốc để đọc.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Bài viết này quá dài để hiển thị đầy đủ. Hãy mở bản gốc để đọc phần còn lại.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Chào mừng bạn đến với Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet tập hợp các trang tin tức và blog bạn theo dõi, hiển thị mọi bài viết trong một giao diện yên tĩnh, gọn gàng, dù trực tuyến hay ngoại tuyến. Không có gì được tải về cho đến khi bạn yêu cầu.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Thêm một đăng ký</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>bằng địa chỉ của một nguồn tin hoặc một trang.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Nhập các đăng ký</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>từ tệp OPML của một trình đọc khác.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Thêm các nguồn tin tức được đề xuất</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>một tuyển chọn nhỏ các trang tin tức bằng nhiều ngôn ngữ.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Sau đó: F5 làm mới, J và K chuyển giữa các bài viết, Phím cách đọc tiếp, Ctrl+Cộng và Ctrl+Trừ đổi cỡ chữ.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Tệp đính kèm</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Âm thanh</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Hình ảnh</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Tài liệu</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Phát</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Tải xuống</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Đang tải xuống: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Đã tải xuống</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Tải xuống thất bại: {}</translation>
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
            <translation>Loại liên kết này không được mở.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Không thể thay đổi việc khởi động cùng phiên làm việc: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>Chạy nền</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Đóng cửa sổ sẽ giữ Broadsheet trong khay hệ thống</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Khởi động ẩn trong khay hệ thống</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>Màn hình nền này không có khay hệ thống: đóng cửa sổ sẽ thoát Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Khởi động cùng phiên làm việc (chưa khả dụng ở đây)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Khởi động cùng phiên làm việc của màn hình nền</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Thông báo khi có bài viết mới</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Giờ yên lặng từ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>đến</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;Hoàn tác đánh dấu tất cả đã đọc</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Đánh dấu lại những bài viết đó là chưa đọc (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>Đã đánh dấu lại chưa đọc: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Không thể mở chương trình nào cho tệp này.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>Không thể tải xuống: công việc chạy nền không bắt đầu được.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>Đang tải %1 xuống %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>Đang tải xuống %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Đã tải xuống vào %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Đã hủy tải xuống.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Tải xuống thất bại: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet đang chạy với hồ sơ này.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>Không thể mở cơ sở dữ liệu; không có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: lỗi không mong muốn</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Đã xảy ra sự cố, nhưng Broadsheet vẫn tiếp tục chạy. Chi tiết có trong tệp nhật ký:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Thông báo:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Như trong Cài đặt</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Luôn luôn</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Không bao giờ</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Chọn tất cả</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Bỏ chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Thuộc tính nguồn tin</translation>
        </message>
        <message>
            <source>never</source>
            <translation>chưa bao giờ</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Tên:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>Chế độ đọc</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Nội dung nguồn tin</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Trang gốc (trong trình duyệt)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Hiển thị bài viết dưới dạng:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Làm mới:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Một số lượng bài đã đọc</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Bài đã đọc trong một số ngày</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Giữ lại:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Bài chưa đọc và bài gắn sao luôn được giữ lại.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Mỗi giờ</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>Mỗi 2 giờ</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>Mỗi 4 giờ</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>Mỗi 12 giờ</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Chỉ khi tôi yêu cầu</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Mỗi 15 phút</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>Mỗi 30 phút</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Mỗi ngày một lần</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Như trong Cài đặt</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Địa chỉ nguồn tin:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Trang web:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Cập nhật lần cuối:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Kiểm tra lần cuối:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Bài chưa đọc:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Lỗi gần nhất:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>nguồn tin không còn nữa (máy chủ trả lời 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> ngày</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> bài viết</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln gắn sao</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln chưa đọc</numerusform>
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
            <translation>Đã sao chép liên kết.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Tìm trong tiêu đề và nội dung (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v / %Ln nguồn tin</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Tất cả bài viết</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Chưa đọc</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Gắn sao</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>Podcast</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Nguồn tin</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>Cỡ chữ: %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Không thể lưu cài đặt: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Không thể bắt đầu công việc chạy nền.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Làm mới thất bại: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Chưa lưu: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>Không thể nhập tệp OPML.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Không thể xuất các đăng ký.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Giới thiệu Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, trình đọc tin tức cho máy tính.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Dữ liệu: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Bài viết này không có địa chỉ web.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Không thể đọc nguồn tin này: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Không có bài viết nào khớp với tìm kiếm.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Chưa có bài viết nào ở đây. Làm mới (F5) để tải những bài mới nhất.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>Chuyển vào thư mục</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(không có thư mục)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Bài viết này không còn nữa.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>Không thể tải phiên bản này của bài viết.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Chế độ đọc.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Nội dung nguồn tin.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Đã đánh dấu đã đọc.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Đã đánh dấu chưa đọc.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Đã gắn sao.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Đã bỏ sao.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Đã đánh dấu tất cả là đã đọc.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Không còn bài chưa đọc nào ở đây.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Đã sao chép liên kết.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Không thể mở trình duyệt web nào cho địa chỉ này.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln bài viết mới</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln bài khớp với quy tắc của bạn: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 và %Ln nguồn khác</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>trong %Ln nguồn tin: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
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
            <translation>Cơ sở dữ liệu của Broadsheet bị hỏng. Bạn muốn làm gì?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>Bản sao lưu mới nhất là từ %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Khôi phục phần còn đọc được</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Khôi phục bản sao lưu mới nhất</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>Đã khôi phục bản sao lưu mới nhất.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>Đã khôi phục %Ln bài viết. Tệp bị hỏng được giữ lại với tên %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln đăng ký</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln thư mục</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln bài viết</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln dấu đã đọc hoặc gắn sao</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Đã cứu được: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>Ổ đĩa đã đầy: Broadsheet chỉ có thể đọc.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Hồ sơ này ở chế độ chỉ đọc: Broadsheet chỉ có thể đọc, không có gì được lưu.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>Không thể sửa cơ sở dữ liệu.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Đang có một lần làm mới chạy.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Chưa có đăng ký nào để làm mới.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Không thể bắt đầu công việc chạy nền.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Đang làm mới…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Đang tải các bài viết mới…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Bài viết %v / %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln bài viết mới</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Đã hủy làm mới: giữ lại %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln nguồn tin đã cập nhật</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln nguồn tin không thay đổi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln nguồn tin bị lỗi (xem các nguồn tin được đánh dấu)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Làm mới xong: %1.</translation>
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
            <translation>Máy tính này</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Tài khoản:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever không thể đăng ký: hãy thêm nguồn tin trên trang web của chính máy chủ; nó sẽ xuất hiện ở đây ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever không thể đổi tên, di chuyển hay hủy đăng ký một nguồn tin: hãy làm việc đó trên trang web của chính máy chủ; thay đổi sẽ xuất hiện ở đây ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever không thể đổi tên hay xóa một thư mục: hãy làm việc đó trên trang web của chính máy chủ; thay đổi sẽ xuất hiện ở đây ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Đang thay đổi đăng ký trên máy chủ…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>Máy chủ không thực hiện thay đổi: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Đã xong trên máy chủ và đã đồng bộ.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Quy tắc</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Quy tắc mới</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Tiêu đề hoặc nội dung</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Tác giả</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Liên kết</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Tên nguồn tin</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Chứa các từ</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Khớp với biểu thức chính quy</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Ví dụ: bóng đá chuyển nhượng*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Tên:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Tìm trong:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Cách:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Mẫu:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Sau đó:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Áp dụng cho bài viết mới</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Đánh dấu đã đọc</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Gắn sao</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Ẩn (không bao giờ liệt kê)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Thẻ:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Thông báo</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Áp dụng cho các bài viết hiện có</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Lưu quy tắc</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (tắt)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Nhập từ hoặc mẫu để xem những gì khớp.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Quy tắc này không thể hoạt động: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Bài viết đã lưu khớp: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>Trong %2 bài viết mới nhất, số bài khớp: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>Mẫu quá chậm với một số bài viết: các bài đó bị bỏ qua.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Đã lưu. Quy tắc áp dụng cho bài viết khi chúng đến.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Đã áp dụng. Số bài viết khớp: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Đang áp dụng…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Áp dụng quy tắc</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Xóa quy tắc</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Đọc</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Chế độ đọc:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Sáng</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Nâu đỏ</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Tối</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Độ tương phản cao</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Hệ thống</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Cỡ chữ:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Phông chữ:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Có chân</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Không chân</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Phông chữ khác</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Độ rộng dòng:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Hẹp</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Vừa</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Rộng</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Chung</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Ngôn ngữ:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>Ngôn ngữ bài viết:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Giống giao diện</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Bản gốc (như khi xuất bản)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Bài viết được hiển thị bằng ngôn ngữ này khi trang web có xuất bản.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Làm mới mọi nguồn tin khi khởi động</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Làm mới mỗi:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Tắt</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 phút</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 phút</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 giờ</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 giờ</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Đánh dấu đã đọc khi mở:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Ngay lập tức</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Sau một lúc</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Không bao giờ</translation>
        </message>
        <message>
            <source> s</source>
            <translation> giây</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>Độ trễ trước khi đánh dấu đã đọc</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Giới hạn dung lượng bộ nhớ đệm:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>Thư mục tải xuống:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>Hội đồng thành phố hôm thứ Ba đã biểu quyết xây một trang trại điện mặt trời nổi trên hồ chứa.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Thư mục tải xuống</translation>
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
            <translation>Phím tắt</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Phím</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Hành động</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Đang tìm nguồn tin tại %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>Đã đăng ký %1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Thêm đăng ký</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Không thể đăng ký.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Thư mục mới</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Tên thư mục:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Đổi tên</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Tên mới:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Hãy chọn một nguồn tin để di chuyển.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Hủy đăng ký nguồn tin này? Các bài viết của nó sẽ bị xóa.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Xóa đăng ký</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Xóa thư mục này? Các nguồn tin trong đó sẽ lên một cấp.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Xóa thư mục</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Nhập OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>Tệp OPML (*.opml *.xml);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>tệp quá lớn</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Không thể đọc tệp.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Đang nhập…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>Đã thêm %Ln đăng ký</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln đã có sẵn</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Nhấn F5 (Làm mới) để tải các bài viết của chúng.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Một số mục đã bị bỏ qua:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Xuất OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>Tệp OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Đã xuất các đăng ký ra %1.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Việc đó không thành công.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>Đang có một lần làm mới hoặc đồng bộ chạy.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Chưa có tài khoản đồng bộ: hãy thêm bằng Tệp &gt; Tài khoản đồng bộ…</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Không thể bắt đầu công việc chạy nền.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Đang đồng bộ…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Hủy đồng bộ</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Đang gửi thay đổi %v / %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Bài viết %v / %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Trang %v / %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Đang tải các bài viết mới…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Đồng bộ thất bại: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln bài viết mới</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Đã hủy đồng bộ: giữ lại %1.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>Đồng bộ %1 thất bại: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Đồng bộ xong: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Mở Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Làm mới ngay</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Đánh dấu tất cả là đã đọc</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Tạm dừng thông báo</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln chưa đọc</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Mới nhất trước</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Cũ nhất trước</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Theo tiêu đề</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>Theo nguồn tin</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>Theo tác giả</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>&amp;Sắp xếp bài viết</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>&amp;Chỉ chưa đọc</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Lưu tìm kiếm này thành &amp;chế độ xem…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>Gắn &amp;thẻ…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>&amp;Quy tắc…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Ghi nhớ chế độ xem</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Lưu tìm kiếm</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Tên chế độ xem:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Đã lưu tìm kiếm thành chế độ xem.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Thẻ:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Đã gắn thẻ “%1”.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Xóa chế độ xem</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Làm mới tất cả</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Làm mới &amp;nguồn tin này</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>&amp;Hủy làm mới</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;Thêm đăng ký…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>Thư &amp;mục mới…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;Nhập OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Xuất OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Thêm các nguồn tin &amp;đề xuất</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>Bài &amp;tiếp theo</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>Bài t&amp;rước</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Bài &amp;chưa đọc tiếp theo</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Bài chưa đọc trướ&amp;c</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Cuộn, rồi sang bài chưa đọc tiếp theo</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>&amp;Gắn sao / bỏ sao</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Đánh dấu đã đọc / &amp;chưa đọc</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>Đánh dấu tất cả là đã đọ&amp;c</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>&amp;Mở trong trình duyệt</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Sao chép liên kết</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>Chế độ &amp;đọc</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Tìm kiếm…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Chữ &amp;lớn hơn</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Chữ &amp;nhỏ hơn</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>Cỡ chữ &amp;mặc định</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>Hiện &amp;các đăng ký</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;Tập trung vào bài viết</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Phím tắt</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;Giới thiệu Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Đổi &amp;tên…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>&amp;Chuyển vào thư mục…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Xóa…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>Thuộc &amp;tính</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>Đồng bộ tài khoản &amp;ngay</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>Tài khoản đồng &amp;bộ…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>&amp;Nguồn tin</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Bài viết</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Làm mới mọi nguồn tin (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Đăng ký một nguồn tin hoặc một trang (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Đánh dấu đã đọc mọi thứ trong danh sách (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>Chuyển bài viết giữa chế độ đọc và nội dung nguồn tin (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Thanh công cụ</translation>
        </message>
    </context>
</TS>
