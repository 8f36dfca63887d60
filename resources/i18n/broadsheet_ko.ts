<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>구독</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>스마트 보기, 폴더, 피드와 읽지 않은 기사</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>검색</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>기사 제목과 본문 검색 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>기사 목록 및 검색</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>읽기 창</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>메뉴 모음</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Broadsheet의 모든 동작: Alt 키를 누른 다음 화살표 키를 사용하세요</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>새로 고침, 구독, 읽음으로 표시</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>도구 모음</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>새로 고침 및 수행한 작업에 대한 메시지</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>새로 고침 진행률</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>지금까지 새로 고친 피드</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>새로 고침 중지</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>최신순. J와 K로 이동, S로 별표, M으로 읽음 표시, O로 열기</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>기사 목록</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>열린 기사 없음</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>동기화 계정</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>계정 제거(&amp;R)…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>계정 추가</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>Google Reader API(FreshRSS, Miniflux, Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>Fever API(FreshRSS, Miniflux, yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>프로토콜(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>서버 주소(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>비밀번호 또는 API 비밀번호(&amp;W):</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>다른 컴퓨터로의 안전하지 않은 http:// 허용(비밀번호가 암호화되지 않은 채 전송됨)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever에서는 구독하거나 구독을 취소할 수 없습니다. 서버 자체 페이지에서 피드를 추가하고 삭제하세요. 다음 동기화 때 여기에 반영됩니다.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>연결 테스트(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>계정 추가(&amp;A)</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%2의 %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>동기화한 적 없음</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>마지막 동기화: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>변경 사항 %Ln개가 전송 대기 중</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>마지막 동기화 실패: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever에서는 구독할 수 없습니다. 서버에서 피드를 추가하세요.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>로컬: 이 컴퓨터에서 구독한 피드</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>비밀번호는 데스크톱 키링에 보관됩니다.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>비밀번호는 %1에 보관됩니다(본인만 읽을 수 있음).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>연결하는 중…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>제거하는 중…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>계정 제거</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>이 계정을 제거할까요? 계정의 피드와 기사가 이 컴퓨터에서 삭제되며, 서버에서는 아무것도 바뀌지 않습니다.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>연결 실패: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>계정을 추가하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>계정을 제거하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>연결됨: 서버가 사용자 이름과 비밀번호를 승인했습니다.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>계정을 추가했습니다. 피드 &gt; 지금 계정 동기화를 사용해 피드와 기사를 가져오세요.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>계정을 제거했습니다.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>구독 추가</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>피드나 웹사이트의 주소를 입력하세요. 사이트의 피드를 자동으로 찾아 드립니다.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>주소:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(폴더 없음)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>폴더:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>구독</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>피드를 찾는 중…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>구독할 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>방금</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln분</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln시간</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln일</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>읽음</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>읽지 않음</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>별표</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>yyyy년 M월 d일</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>M월 d일</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>기사</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>다른 곳에도 있음:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>읽기 보기를 사용할 수 없습니다: 이 페이지는 기사가 아닙니다.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>브라우저에서 열었습니다.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>이 주소를 열 웹 브라우저가 없습니다.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>원문 열기</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(제목 없음)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>링크 복사</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>작성자: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{}분 분량</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>피드의 텍스트를 표시하는 중입니다. 전체 기사를 준비하고 있습니다.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>전체 기사를 준비하지 못했습니다. 피드의 텍스트를 표시합니다.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>이 기사에는 본문이 없습니다. 원문을 열어 읽으세요.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>이 기사는 너무 길어 전체를 표시할 수 없습니다. 나머지는 원문을 열어 읽으세요.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Broadsheet에 오신 것을 환영합니다</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet는 구독 중인 뉴스 사이트와 블로그를 모아 모든 기사를 차분하고 깔끔한 화면으로 보여 줍니다. 온라인에서도 오프라인에서도 사용할 수 있습니다. 요청하기 전에는 아무것도 가져오지 않습니다.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>구독 추가</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>피드나 사이트의 주소로 추가합니다.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>구독 가져오기</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>다른 리더의 OPML 파일에서 가져옵니다.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>추천 뉴스 피드 추가</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>여러 언어로 된 뉴스 사이트를 조금 골라 두었습니다.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>그다음: F5는 새로 고침, J와 K는 기사 간 이동, Space는 이어 읽기, Ctrl+더하기와 Ctrl+빼기는 글자 크기 변경입니다.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>첨부 파일</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>오디오</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>동영상</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>문서</translation>
        </message>
        <message>
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>다운로드</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>다운로드 중: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>다운로드됨</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>다운로드 실패: {}</translation>
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
            <translation>이런 종류의 링크는 열지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>세션 시작 시 실행 설정을 변경할 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>백그라운드</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>창을 닫아도 Broadsheet를 트레이에 유지</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>트레이에 숨긴 상태로 시작</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>이 데스크톱에는 시스템 트레이가 없습니다. 창을 닫으면 Broadsheet가 종료됩니다.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>세션과 함께 시작(여기서는 아직 사용할 수 없음)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>데스크톱 세션과 함께 시작</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>새 기사 알림</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>방해 금지 시간:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>~</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>모두 읽음으로 표시 실행 취소(&amp;U)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>이 기사들을 다시 읽지 않음으로 표시 (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>다시 읽지 않음으로 표시함: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>이 파일을 열 수 있는 프로그램이 없습니다.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>다운로드할 수 없습니다: 백그라운드 작업을 시작하지 못했습니다.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>%1을(를) %2에 다운로드하는 중</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>%1 다운로드 중: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>%1에 다운로드했습니다</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>다운로드를 취소했습니다.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>다운로드 실패: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet가 이 프로필로 이미 실행 중입니다.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>데이터베이스를 열 수 없습니다. 아무것도 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: 예기치 않은 오류</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>문제가 발생했지만 Broadsheet는 계속 실행 중입니다. 자세한 내용은 로그 파일에 있습니다:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>알림:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>설정과 동일</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>항상</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>안 함</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>모두 선택</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>모두 선택 해제</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>피드 속성</translation>
        </message>
        <message>
            <source>never</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>이름:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>읽기 보기</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>피드 본문</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>원본 페이지(브라우저에서)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>기사 표시 방식:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>새로 고침:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>읽은 기사를 일정 개수만큼</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>읽은 기사를 며칠 동안</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>보관:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>읽지 않은 기사와 별표한 기사는 항상 보관됩니다.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>1시간마다</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>2시간마다</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>4시간마다</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>12시간마다</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>직접 요청할 때만</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>15분마다</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>30분마다</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>하루에 한 번</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>설정과 동일</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>피드 주소:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>웹사이트:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>마지막 업데이트:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>마지막 확인:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>읽지 않은 기사:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>마지막 오류:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>상태:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>피드가 더 이상 없습니다(서버 응답 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 일</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> 개</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>별표 %Ln개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>읽지 않음 %Ln개</numerusform>
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
            <translation>링크를 복사했습니다.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>제목과 본문 검색 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>피드 %Ln개 중 %v개</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>모든 기사</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>읽지 않음</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>별표</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>팟캐스트</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>피드</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>글자 크기: %Ln픽셀</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>설정을 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>백그라운드 작업을 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>새로 고침 실패: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>저장되지 않음: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>OPML 파일을 가져올 수 없습니다.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>구독을 내보낼 수 없습니다.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Broadsheet 정보</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, 데스크톱 뉴스 리더.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>데이터: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>이 기사에는 웹 주소가 없습니다.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>이 피드를 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>검색과 일치하는 기사가 없습니다.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>아직 기사가 없습니다. 새로 고침(F5)하여 최신 기사를 가져오세요.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>폴더로 이동</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(폴더 없음)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>이 기사는 더 이상 없습니다.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>해당 버전의 기사를 가져올 수 없습니다.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>읽기 보기.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>피드 본문.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>읽음으로 표시했습니다.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>읽지 않음으로 표시했습니다.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>별표를 달았습니다.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>별표를 해제했습니다.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>모두 읽음으로 표시했습니다.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>여기에는 더 이상 읽지 않은 기사가 없습니다.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>링크를 복사했습니다.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>이 주소를 열 웹 브라우저가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>새 기사 %Ln개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>규칙과 일치한 기사 %Ln개: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 외 %Ln개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>피드 %Ln개: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
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
            <translation>Broadsheet의 데이터베이스가 손상되었습니다. 어떻게 할까요?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>최신 백업은 %1의 것입니다.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>읽을 수 있는 부분 복구</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>최신 백업 복원</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>종료</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>최신 백업을 복원했습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>기사 %Ln개를 복구했습니다. 손상된 파일은 %1(으)로 보관했습니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>구독 %Ln개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>폴더 %Ln개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>기사 %Ln개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>읽음 또는 별표 표시 %Ln개</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>복구된 항목: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>디스크가 가득 찼습니다: Broadsheet는 읽기만 할 수 있습니다.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>이 프로필은 읽기 전용입니다: Broadsheet는 읽기만 할 수 있으며 아무것도 저장되지 않습니다.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>데이터베이스를 복구할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>이미 새로 고치는 중입니다.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>아직 새로 고칠 구독이 없습니다.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>백그라운드 작업을 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>새로 고치는 중…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>새 기사를 가져오는 중…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>기사 %v / %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>새 기사 %Ln개</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>새로 고침 취소됨: %1 보관됨.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>피드 %Ln개 업데이트됨</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>피드 %Ln개 변경 없음</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>피드 %Ln개 실패(표시된 피드 확인)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>새로 고침 완료: %1.</translation>
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
            <translation>이 컴퓨터</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>계정:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever에서는 구독할 수 없습니다. 서버 자체 웹 페이지에서 피드를 추가하세요. 다음 동기화 때 여기로 옵니다.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever에서는 피드의 이름 변경, 이동, 구독 취소를 할 수 없습니다. 서버 자체 웹 페이지에서 하세요. 변경 사항은 다음 동기화 때 여기로 옵니다.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever에서는 폴더의 이름 변경이나 삭제를 할 수 없습니다. 서버 자체 웹 페이지에서 하세요. 변경 사항은 다음 동기화 때 여기로 옵니다.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>서버에서 구독을 변경하는 중…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>서버가 변경하지 않았습니다: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>서버에서 완료했고 동기화했습니다.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>규칙</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>새 규칙</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>제목</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>본문</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>제목 또는 본문</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>작성자</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>링크</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>피드 이름</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>다음 단어 포함</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>정규 표현식과 일치</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>예: football transfer*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>이름:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>검사 대상:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>방식:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>패턴:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>동작:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>새 기사에 사용</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>읽음으로 표시</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>별표</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>숨기기(목록에 표시 안 함)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>태그:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>알림</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>기존 기사에 적용</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>규칙 저장</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1(꺼짐)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>단어나 패턴을 입력하면 일치하는 항목을 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>이 규칙은 작동할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>일치하는 저장된 기사: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>최신 기사 %2개 중 일치: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>일부 기사에서 패턴이 너무 느려 해당 기사는 건너뜁니다.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>저장했습니다. 기사가 도착할 때 적용됩니다.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>적용했습니다. 일치한 기사: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>적용하는 중…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>규칙 적용</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>규칙 삭제</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>읽기</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>읽기 모드:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>세피아</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>고대비</translation>
        </message>
        <message>
            <source>System</source>
            <translation>시스템</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>글꼴 크기:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>글꼴:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>세리프</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>산세리프</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>다른 글꼴</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>줄 너비:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>좁게</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>보통</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>넓게</translation>
        </message>
        <message>
            <source>General</source>
            <translation>일반</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>언어:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>기사 언어:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>인터페이스와 동일</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>원문(게시된 그대로)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>사이트에서 이 언어로 게시하면 기사를 이 언어로 표시합니다.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>시작할 때 모든 피드 새로 고침</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>새로 고침 간격:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>끄기</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15분</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30분</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1시간</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2시간</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>열 때 읽음으로 표시:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>즉시</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>잠시 후</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>안 함</translation>
        </message>
        <message>
            <source> s</source>
            <translation> 초</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>읽음으로 표시하기 전 대기 시간</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>캐시 크기 제한:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>다운로드 폴더:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>시의회는 화요일 저수지에 수상 태양광 발전소를 건설하기로 의결했다.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>다운로드 폴더</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln픽셀</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>키</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>동작</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>%1에서 피드를 찾는 중…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>%1을(를) 구독했습니다.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>구독 추가</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>구독할 수 없습니다.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>새 폴더</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>폴더 이름:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>이름 바꾸기</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>새 이름:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>이동할 피드를 선택하세요.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>이 피드의 구독을 취소할까요? 기사가 삭제됩니다.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>구독 삭제</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>이 폴더를 삭제할까요? 안의 피드는 한 단계 위로 이동합니다.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>폴더 삭제</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>OPML 가져오기</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML 파일 (*.opml *.xml);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>파일이 너무 큽니다</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>파일을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>가져오는 중…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>구독 %Ln개 추가됨</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln개는 이미 있음</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>F5(새로 고침)를 눌러 기사를 가져오세요.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>일부 항목을 건너뛰었습니다:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>OPML 내보내기</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML 파일 (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>구독을 %1(으)로 내보냈습니다.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>작업에 실패했습니다.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>이미 새로 고침이나 동기화가 진행 중입니다.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>아직 동기화 계정이 없습니다. 파일 &gt; 동기화 계정…에서 추가하세요.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>백그라운드 작업을 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>동기화하는 중…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>동기화 취소</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>변경 사항 보내는 중 %v / %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>기사 %v / %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>페이지 %v / %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>새 기사를 가져오는 중…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>동기화 실패: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>새 기사 %Ln개</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>동기화 취소됨: %1 보관됨.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>%1 동기화 실패: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>동기화 완료: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Broadsheet 열기</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>지금 새로 고침</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>모두 읽음으로 표시</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>알림 일시 중지</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>종료</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: 읽지 않음 %Ln개</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>최신순</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>오래된순</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>제목순</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>피드순</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>작성자순</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>기사 정렬(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>읽지 않은 기사만(&amp;U)</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>이 검색을 보기로 저장(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>태그(&amp;T)…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>규칙(&amp;U)…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>보기 기억</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>검색 저장</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>보기 이름:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>검색을 보기로 저장했습니다.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>태그:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>“%1” 태그를 달았습니다.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>보기 제거</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>모두 새로 고침(&amp;R)</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>이 피드 새로 고침(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>새로 고침 취소(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>구독 추가(&amp;A)…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>새 폴더(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>OPML 가져오기(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>OPML 내보내기(&amp;E)…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>추천 뉴스 피드 추가(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>다음 기사(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>이전 기사(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>다음 읽지 않은 기사(&amp;U)</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>이전 읽지 않은 기사(&amp;N)</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>스크롤한 다음 읽지 않은 기사로</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>별표 달기/해제(&amp;S)</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>읽음/읽지 않음으로 표시(&amp;R)</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>모두 읽음으로 표시(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>브라우저에서 열기(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>링크 복사(&amp;C)</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>읽기 보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>검색(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>글자 크게(&amp;B)</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>글자 작게(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>기본 글자 크기(&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>구독 표시(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>기사에 집중(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>설정(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>단축키(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>Broadsheet 정보(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>이름 바꾸기(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>폴더로 이동(&amp;M)…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>삭제(&amp;M)…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>속성(&amp;R)</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>지금 계정 동기화(&amp;Y)</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>동기화 계정(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>피드(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>기사(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>모든 피드 새로 고침 (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>피드나 사이트 구독 (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>목록의 모든 항목을 읽음으로 표시 (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>기사를 읽기 보기와 피드 본문 간에 전환 (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>도구 모음</translation>
        </message>
    </context>
</TS>
