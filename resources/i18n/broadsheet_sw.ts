<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Usajili</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Mionekano mahiri, folda na milisho pamoja na makala zake ambazo hazijasomwa</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Utafutaji</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Tafuta katika vichwa na maandishi ya makala (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Orodha ya makala na utafutaji</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Vidirisha vya kusoma</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Upau wa menyu</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Kila kitendo cha Broadsheet: bonyeza Alt, kisha vitufe vya mishale</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Onyesha upya, jisajili, weka alama imesomwa</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Upau wa zana</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Hali</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Ujumbe kuhusu kuonyesha upya na kilichofanyika</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Maendeleo ya kuonyesha upya</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Milisho iliyoonyeshwa upya hadi sasa</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Simamisha kuonyesha upya</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Mpya zaidi kwanza. J na K husogeza, S huweka nyota, M huweka alama imesomwa, O hufungua</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Makala</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Makala</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Hakuna makala iliyofunguliwa</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Akaunti za usawazishaji</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;Ondoa akaunti…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Ongeza akaunti</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>API ya Google Reader (FreshRSS, Miniflux, Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>API ya Fever (FreshRSS, Miniflux, yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>&amp;Itifaki:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>Anwani ya &amp;seva:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Jina la mtumiaji:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>Neno la &amp;siri au nenosiri la API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Ruhusu http:// isiyo salama kwenda kompyuta nyingine (nenosiri husafiri bila usimbaji fiche)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever haiwezi kujisajili wala kujiondoa: ongeza na uondoe milisho kwenye kurasa za seva yenyewe; itafika hapa katika usawazishaji unaofuata.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Jaribu muunganisho</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Ongeza akaunti</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 kwenye %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Haijawahi kusawazishwa</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Usawazishaji wa mwisho: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>Badiliko %Ln linasubiri kutumwa</numerusform>
                <numerusform>Mabadiliko %Ln yanasubiri kutumwa</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Usawazishaji wa mwisho umeshindikana: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever haiwezi kujisajili: ongeza milisho kwenye seva.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Ndani: milisho unayojisajili kwenye kompyuta hii</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>Manenosiri huhifadhiwa kwenye kishika funguo cha eneo-kazi.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>Manenosiri huhifadhiwa katika %1 (yanasomeka na wewe tu).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Inaunganisha…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Inaondoa…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Ondoa akaunti</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Ungependa kuondoa akaunti hii? Milisho na makala zake zitaondoka kwenye kompyuta hii; hakuna kitakachobadilika kwenye seva.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Muunganisho umeshindikana: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>Akaunti haikuongezwa: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>Akaunti haikuondolewa: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Imeunganishwa: seva imekubali jina la mtumiaji na nenosiri.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Akaunti imeongezwa. Tumia Milisho &gt; Sawazisha akaunti sasa ili kuleta milisho na makala zake.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Akaunti imeondolewa.</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>Ongeza usajili</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Andika anwani ya mlisho au ya tovuti: milisho yake itatafutwa kwa ajili yako.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Anwani:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(hakuna folda)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folda:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Jisajili</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>Inatafuta mlisho…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Imeshindikana kujisajili: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>sasa hivi</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>dak %Ln</numerusform>
                <numerusform>dak %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>saa %Ln</numerusform>
                <numerusform>saa %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>siku %Ln</numerusform>
                <numerusform>siku %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>imesomwa</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>haijasomwa</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>ina nyota</translation>
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
            <translation>Makala</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>Pia katika:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Mwonekano wa msomaji haupatikani: ukurasa huu si makala.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Imefunguliwa kwenye kivinjari chako.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Hakuna kivinjari kilichoweza kufunguliwa kwa anwani hii.</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>Fungua asili</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(hakuna kichwa)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Nakili kiungo</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Na {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>Dakika {} za kusoma</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Inaonyesha maandishi ya mlisho; makala kamili inaandaliwa.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>Makala kamili haikuweza kuandaliwa; inaonyesha maandishi ya mlisho.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>Makala hii haina maandishi. Fungua asili ili uisome.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Makala hii ni ndefu mno kuonyeshwa yote. Fungua asili ili usome sehemu iliyobaki.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Karibu kwenye Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet hukusanya tovuti za habari na blogu unazofuatilia na kuonyesha kila makala katika mwonekano tulivu na safi, mtandaoni au nje ya mtandao. Hakuna kinachopakuliwa hadi uombe.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Ongeza usajili</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>kwa anwani ya mlisho au ya tovuti.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Leta usajili</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>kutoka faili la OPML la kisomaji kingine.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Ongeza milisho ya habari inayopendekezwa</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>uteuzi mdogo wa tovuti za habari katika lugha kadhaa.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Kisha: F5 huonyesha upya, J na K huhamia kati ya makala, Nafasi huendelea kusoma, Ctrl+Jumlisha na Ctrl+Toa hubadilisha ukubwa wa maandishi.</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Viambatisho</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Sauti</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Picha</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Hati</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Faili</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Cheza</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Fungua</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Pakua</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Inapakua: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Imepakuliwa</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Kupakua kumeshindikana: {}</translation>
        </message>
        <message>
            <source>{} KB</source>
            <translation>KB {}</translation>
        </message>
        <message>
            <source>{} MB</source>
            <translation>MB {}</translation>
        </message>
        <message>
            <source>This kind of link is not opened.</source>
            <translation>Kiungo cha aina hii hakifunguliwi.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Haikuweza kubadilisha kuanza pamoja na kipindi: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>Chinichini</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Kufunga dirisha huiacha Broadsheet kwenye trei ya mfumo</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Anza ikiwa imefichwa kwenye trei ya mfumo</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>Eneo-kazi hili halina trei ya mfumo: kufunga dirisha hufunga Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Anza pamoja na kipindi (bado haipatikani hapa)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Anza pamoja na kipindi cha eneo-kazi</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Julisha kuhusu makala mpya</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Saa za utulivu kuanzia</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hadi</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;Tendua kuweka alama zote zimesomwa</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Tendua</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Weka tena alama kuwa makala hizo hazijasomwa (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>Hazijasomwa tena: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Hakuna programu iliyoweza kufunguliwa kwa faili hii.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>Haiwezekani kupakua: kazi ya chinichini haikuanza.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>Inapakua %1 kwenda %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>Inapakua %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Imepakuliwa kwenda %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Upakuaji umeghairiwa.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Kupakua kumeshindikana: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet tayari inaendeshwa kwa wasifu huu.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>Hifadhidata haikuweza kufunguliwa; hakuna kilichobadilishwa.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: hitilafu isiyotarajiwa</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Kuna tatizo limetokea, lakini Broadsheet inaendelea kufanya kazi. Maelezo yako kwenye faili la kumbukumbu:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Arifa:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Kama katika Mipangilio</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Kila mara</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Kamwe</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Chagua zote</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Usichague chochote</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>Sifa za mlisho</translation>
        </message>
        <message>
            <source>never</source>
            <translation>kamwe</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Jina:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>Mwonekano wa msomaji</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Maandishi ya mlisho</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Ukurasa asili (kwenye kivinjari)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Onyesha makala kama:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Onyesha upya:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Idadi fulani ya makala zilizosomwa</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Makala zilizosomwa kwa siku kadhaa</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Hifadhi:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Makala ambazo hazijasomwa na zenye nyota huhifadhiwa kila wakati.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>Kila saa</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>Kila saa 2</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>Kila saa 4</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>Kila saa 12</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Ninapoomba tu</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>Kila dakika 15</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>Kila dakika 30</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Mara moja kwa siku</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Kama katika Mipangilio</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>Anwani ya mlisho:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Tovuti:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Ilisasishwa mwisho:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Ilikaguliwa mwisho:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Makala ambazo hazijasomwa:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Hitilafu ya mwisho:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>hakuna</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Hali:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>mlisho haupo tena (seva ilijibu 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> siku</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> makala</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln yenye nyota</numerusform>
                <numerusform>%Ln zenye nyota</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln haijasomwa</numerusform>
                <numerusform>%Ln hazijasomwa</numerusform>
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
            <translation>Kiungo kimenakiliwa.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Tafuta katika vichwa na maandishi (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ghairi</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%v kati ya mlisho %Ln</numerusform>
                <numerusform>%v kati ya milisho %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Makala zote</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Hazijasomwa</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Zenye nyota</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>Podikasti</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Kichwa</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Mlisho</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tarehe</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>Ukubwa wa maandishi: px %Ln</numerusform>
                <numerusform>Ukubwa wa maandishi: px %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Mipangilio haikuweza kuhifadhiwa: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Kazi ya chinichini haikuweza kuanza.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Kuonyesha upya kumeshindikana: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Haijahifadhiwa: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>Faili la OPML halikuweza kuletwa.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Usajili haukuweza kuhamishwa.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Kuhusu Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, kisomaji cha habari cha kompyuta.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Data: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Makala hii haina anwani ya wavuti.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Mlisho huu haukuweza kusomwa: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Hakuna makala inayolingana na utafutaji.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Bado hakuna makala hapa. Onyesha upya (F5) ili kupata za karibuni.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>Hamishia kwenye folda</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(hakuna folda)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Makala hii haipo tena.</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>Toleo hilo la makala halikuweza kuletwa.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Mwonekano wa msomaji.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Maandishi ya mlisho.</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>Imewekwa alama kuwa imesomwa.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Imewekwa alama kuwa haijasomwa.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Imewekewa nyota.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Nyota imeondolewa.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Zote zimewekwa alama kuwa zimesomwa.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Hakuna makala nyingine ambazo hazijasomwa hapa.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Kiungo kimenakiliwa.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Hakuna kivinjari kilichoweza kufunguliwa kwa anwani hii.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>Makala %Ln mpya</numerusform>
                <numerusform>Makala %Ln mpya</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln imelingana na sheria zako: %1</numerusform>
                <numerusform>%Ln zimelingana na sheria zako: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 na %Ln zaidi</numerusform>
                <numerusform>%1 na %Ln zaidi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>katika mlisho %Ln: %1</numerusform>
                <numerusform>katika milisho %Ln: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Fungua</translation>
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
            <translation>Hifadhidata ya Broadsheet imeharibika. Nini kifanyike?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>Nakala rudufu ya karibuni ni ya %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Okoa kinachosomeka</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Rejesha nakala rudufu ya karibuni</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Ondoka</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>Nakala rudufu ya karibuni imerejeshwa.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>Makala %Ln imerejeshwa. Faili iliyoharibika imehifadhiwa kama %1.</numerusform>
                <numerusform>Makala %Ln zimerejeshwa. Faili iliyoharibika imehifadhiwa kama %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>Usajili %Ln</numerusform>
                <numerusform>Usajili %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>Folda %Ln</numerusform>
                <numerusform>Folda %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>Makala %Ln</numerusform>
                <numerusform>Makala %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>Alama %Ln ya kusomwa au nyota</numerusform>
                <numerusform>Alama %Ln za kusomwa au nyota</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Vilivyookolewa: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>Diski imejaa: Broadsheet inaweza kusoma tu.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Wasifu huu ni wa kusoma tu: Broadsheet inaweza kusoma tu, hakuna kinachohifadhiwa.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>Hifadhidata haikuweza kurekebishwa.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Tayari kuna uonyeshaji upya unaoendelea.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Bado hakuna usajili wa kuonyesha upya.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Kazi ya chinichini haikuweza kuanza.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Inaonyesha upya…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Inaleta makala mpya…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Makala %v kati ya %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>Makala mpya %Ln</numerusform>
                <numerusform>Makala mpya %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Kuonyesha upya kumeghairiwa: %1 zimehifadhiwa.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>Mlisho %Ln umesasishwa</numerusform>
                <numerusform>Milisho %Ln imesasishwa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>Mlisho %Ln haujabadilika</numerusform>
                <numerusform>Milisho %Ln haijabadilika</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>Mlisho %Ln umeshindikana (angalia milisho iliyowekwa alama)</numerusform>
                <numerusform>Milisho %Ln imeshindikana (angalia milisho iliyowekwa alama)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Kuonyesha upya kumekamilika: %1.</translation>
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
            <translation>Kompyuta hii</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Akaunti:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever haiwezi kujisajili: ongeza mlisho kwenye ukurasa wa wavuti wa seva yenyewe; utafika hapa katika usawazishaji unaofuata.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever haiwezi kubadilisha jina, kuhamisha wala kujiondoa kwenye mlisho: fanya hivyo kwenye ukurasa wa wavuti wa seva yenyewe; mabadiliko yatafika hapa katika usawazishaji unaofuata.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever haiwezi kubadilisha jina la folda wala kuiondoa: fanya hivyo kwenye ukurasa wa wavuti wa seva yenyewe; mabadiliko yatafika hapa katika usawazishaji unaofuata.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Inabadilisha usajili kwenye seva…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>Seva haikufanya mabadiliko: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Imefanyika kwenye seva, na imesawazishwa.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Sheria</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Sheria mpya</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Futa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Kichwa</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Maandishi</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Kichwa au maandishi</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Mwandishi</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Kiungo</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Jina la mlisho</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Ina maneno</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Inalingana na usemi wa kawaida</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Kwa mfano: uhamisho kandanda*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Jina:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Angalia katika:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Jinsi:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Mchoro:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Kisha:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Inatumika kwa makala mpya</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Weka alama imesomwa</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Weka nyota</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Ficha (isiorodheshwe kamwe)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Lebo:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Julisha</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Tumia kwa makala zilizopo</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Hifadhi sheria</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (imezimwa)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Andika maneno au mchoro ili kuona kinacholingana.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Sheria hii haiwezi kufanya kazi: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Makala zilizohifadhiwa zinazolingana: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>Kati ya makala %2 za karibuni zaidi, zinazolingana: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>Mchoro ni wa polepole mno kwa baadhi ya makala: zinarukwa.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Imehifadhiwa. Inatumika kwa makala zinapowasili.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Imetumika. Makala zilizolingana: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Inatumia…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Tumia sheria</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Futa sheria</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Mipangilio</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Kusoma</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Hali ya kusoma:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Angavu</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Sepia</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Giza</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Utofautishaji wa juu</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Mfumo</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Ukubwa wa fonti:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Fonti:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Yenye serifu</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Bila serifu</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Fonti nyingine</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Upana wa mstari:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Mwembamba</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Wastani</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Mpana</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Jumla</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Lugha:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>Lugha ya makala:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>Sawa na kiolesura</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Asili (kama ilivyochapishwa)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Makala huonyeshwa kwa lugha hii tovuti yake inapoichapisha.</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>Onyesha upya milisho yote wakati wa kuanza</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Onyesha upya kila:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Imezimwa</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>Dakika 15</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>Dakika 30</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>Saa 1</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>Saa 2</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Weka alama ya kusomwa inapofunguliwa:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Mara moja</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Baada ya muda mfupi</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Kamwe</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>Muda wa kusubiri kabla ya kuweka alama imesomwa</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Kikomo cha ukubwa wa akiba:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>Folda ya vipakuliwa:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>Baraza la mji lilipiga kura Jumanne kujenga shamba la nishati ya jua linaloelea kwenye bwawa.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Folda ya vipakuliwa</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>pikseli %Ln</numerusform>
                <numerusform>pikseli %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Mikato ya kibodi</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Kitufe</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Kitendo</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Inatafuta mlisho kwenye %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>Umejisajili kwa %1.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Ongeza usajili</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Imeshindikana kujisajili.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Folda mpya</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Jina la folda:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Badilisha jina</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Jina jipya:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Chagua mlisho ili kuuhamisha.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Ujiondoe kwenye mlisho huu? Makala zake zitafutwa.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Ondoa usajili</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Uondoe folda hii? Milisho yake itapanda ngazi moja.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Ondoa folda</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Leta OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>Faili za OPML (*.opml *.xml);;Faili zote (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>faili ni kubwa mno</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Faili halikuweza kusomwa.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Inaleta…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>Usajili %Ln umeongezwa</numerusform>
                <numerusform>Usajili %Ln umeongezwa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln tayari ipo</numerusform>
                <numerusform>%Ln tayari zipo</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Bonyeza F5 (Onyesha upya) ili kupata makala zao.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Baadhi ya maingizo yamerukwa:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Hamisha OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>Faili za OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Usajili umehamishwa kwenda %1.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Hilo halikufanikiwa.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>Kuonyesha upya au usawazishaji tayari unaendelea.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Bado hakuna akaunti za usawazishaji: ongeza moja kupitia Faili &gt; Akaunti za usawazishaji…</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Kazi ya chinichini haikuweza kuanza.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Inasawazisha…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Ghairi usawazishaji</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Inatuma mabadiliko %v kati ya %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Makala %v kati ya %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Kurasa %v kati ya %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Inaleta makala mpya…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Usawazishaji umeshindikana: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>Makala mpya %Ln</numerusform>
                <numerusform>Makala mpya %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Usawazishaji umeghairiwa: %1 zimehifadhiwa.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>Usawazishaji wa %1 umeshindikana: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Usawazishaji umekamilika: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Fungua Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Onyesha upya sasa</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Weka alama zote zimesomwa</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Sitisha arifa</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Ondoka</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln haijasomwa</numerusform>
                <numerusform>Broadsheet: %Ln hazijasomwa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Mpya zaidi kwanza</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Za zamani zaidi kwanza</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Kwa kichwa</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>Kwa mlisho</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>Kwa mwandishi</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>&amp;Panga makala</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>Ambazo &amp;hazijasomwa tu</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Hifadhi utafutaji huu kama &amp;mwonekano…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>Weka &amp;lebo…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>S&amp;heria…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Kumbuka mwonekano</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Hifadhi utafutaji</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Jina la mwonekano:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Utafutaji umehifadhiwa kama mwonekano.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Lebo</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Lebo:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Imewekwa lebo “%1”.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Ondoa mwonekano</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>&amp;Onyesha upya zote</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Onyesha upya &amp;mlisho huu</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>&amp;Ghairi kuonyesha upya</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;Ongeza usajili…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>&amp;Folda mpya…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;Leta OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Hamisha OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Ongeza milisho &amp;inayopendekezwa</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Ondoka</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>Makala &amp;inayofuata</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>Makala &amp;iliyotangulia</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Inayofuata &amp;isiyosomwa</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Iliyotangulia isiyo&amp;somwa</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Sogeza, kisha inayofuata isiyosomwa</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>Weka / ondoa &amp;nyota</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Weka alama &amp;imesomwa / haijasomwa</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>Weka alama zote &amp;zimesomwa</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>&amp;Fungua kwenye kivinjari</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Nakili kiungo</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>Mwonekano wa &amp;msomaji</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Tafuta…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Maandishi &amp;makubwa</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Maandishi &amp;madogo</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>Ukubwa &amp;chaguomsingi wa maandishi</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>Onyesha &amp;usajili</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;Lenga makala</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Mipangilio…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Mikato ya &amp;kibodi</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;Kuhusu Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Badilisha &amp;jina…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>&amp;Hamishia kwenye folda…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Ondoa…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>&amp;Sifa</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>S&amp;awazisha akaunti sasa</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>Akaunti za usa&amp;wazishaji…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Faili</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Mwonekano</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>Mi&amp;lisho</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>M&amp;akala</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Msaada</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Onyesha upya milisho yote (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Jisajili kwa mlisho au tovuti (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Weka alama kuwa zimesomwa kwa vyote vilivyoorodheshwa (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>Badilisha makala kati ya mwonekano wa msomaji na maandishi ya mlisho (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Upau wa zana</translation>
        </message>
    </context>
</TS>
