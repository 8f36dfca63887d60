<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>সাবস্ক্রিপশন</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>স্মার্ট ভিউ, ফোল্ডার ও ফিড, সঙ্গে তাদের না-পড়া নিবন্ধ</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>অনুসন্ধান</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>নিবন্ধের শিরোনাম ও লেখায় খুঁজুন (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>নিবন্ধের তালিকা ও অনুসন্ধান</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>পড়ার প্যান</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>মেনু বার</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Broadsheet-এর প্রতিটি কাজ: Alt চাপুন, তারপর তীর কী</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>রিফ্রেশ, সাবস্ক্রাইব, পড়া হিসেবে চিহ্নিত</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>টুলবার</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>অবস্থা</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>রিফ্রেশ ও সম্পন্ন কাজ সম্পর্কে বার্তা</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>রিফ্রেশের অগ্রগতি</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>এখন পর্যন্ত রিফ্রেশ হওয়া ফিড</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>রিফ্রেশ থামান</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>নতুনগুলো আগে। J ও K দিয়ে সরুন, S তারকাচিহ্ন দেয়, M পড়া হিসেবে চিহ্নিত করে, O খোলে</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>নিবন্ধ</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>নিবন্ধ</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>কোনো নিবন্ধ খোলা নেই</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>অ্যাকাউন্ট সিঙ্ক করুন</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>অ্যাকাউন্ট সরান(&amp;R)…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>একটি অ্যাকাউন্ট যোগ করুন</translation>
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
            <translation>প্রোটোকল(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>সার্ভারের ঠিকানা(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>ব্যবহারকারীর নাম(&amp;U):</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>পাসওয়ার্ড বা API পাসওয়ার্ড(&amp;W):</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>অন্য কোনো মেশিনে অনিরাপদ http:// অনুমতি দিন (পাসওয়ার্ড এনক্রিপশন ছাড়াই যায়)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>Fever সাবস্ক্রাইব বা আনসাবস্ক্রাইব করতে পারে না: সার্ভারের নিজস্ব পৃষ্ঠায় ফিড যোগ করুন ও সরান; পরের সিঙ্কে সেগুলো এখানে চলে আসবে।</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>সংযোগ পরীক্ষা করুন(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>অ্যাকাউন্ট যোগ করুন(&amp;A)</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%2-এ %1</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>কখনো সিঙ্ক হয়নি</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>শেষ সিঙ্ক: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Lnটি পরিবর্তন পাঠানোর অপেক্ষায়</numerusform>
                <numerusform>%Lnটি পরিবর্তন পাঠানোর অপেক্ষায়</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>শেষ সিঙ্ক ব্যর্থ: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>Fever সাবস্ক্রাইব করতে পারে না: সার্ভারে ফিড যোগ করুন।</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>স্থানীয়: এই কম্পিউটারে আপনার সাবস্ক্রাইব করা ফিড</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>পাসওয়ার্ড ডেস্কটপ কীরিং-এ রাখা হয়।</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>পাসওয়ার্ড %1-এ রাখা হয় (কেবল আপনি পড়তে পারেন)।</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>সংযোগ করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>সরানো হচ্ছে…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>অ্যাকাউন্ট সরান</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>এই অ্যাকাউন্ট সরাবেন? এর ফিড ও নিবন্ধ এই কম্পিউটার থেকে মুছে যাবে; সার্ভারে কিছুই বদলাবে না।</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>সংযোগ ব্যর্থ: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>অ্যাকাউন্ট যোগ করা যায়নি: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>অ্যাকাউন্ট সরানো যায়নি: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>সংযুক্ত: সার্ভার ব্যবহারকারীর নাম ও পাসওয়ার্ড গ্রহণ করেছে।</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>অ্যাকাউন্ট যোগ হয়েছে। এর ফিড ও নিবন্ধ আনতে ফিড &gt; এখনই অ্যাকাউন্ট সিঙ্ক করুন ব্যবহার করুন।</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>অ্যাকাউন্ট সরানো হয়েছে।</translation>
        </message>
    </context>
    <context>
        <name>AddSubscriptionDialog</name>
        <message>
            <source>Add subscription</source>
            <translation>সাবস্ক্রিপশন যোগ করুন</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>কোনো ফিড বা ওয়েবসাইটের ঠিকানা লিখুন: সাইটটির ফিডগুলো আপনার জন্য খুঁজে দেওয়া হবে।</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>ঠিকানা:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(কোনো ফোল্ডার নেই)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>ফোল্ডার:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>সাবস্ক্রাইব করুন</translation>
        </message>
        <message>
            <source>Looking for a feed…</source>
            <translation>ফিড খোঁজা হচ্ছে…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>সাবস্ক্রাইব করা যায়নি: %1</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <source>now</source>
            <translation>এখন</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%Ln মিনিট</numerusform>
                <numerusform>%Ln মিনিট</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln ঘণ্টা</numerusform>
                <numerusform>%Ln ঘণ্টা</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln দিন</numerusform>
                <numerusform>%Ln দিন</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>পড়া</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>না-পড়া</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>তারকাচিহ্নিত</translation>
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
            <translation>নিবন্ধ</translation>
        </message>
        <message>
            <source>Also in:</source>
            <translation>এগুলোতেও আছে:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>রিডার ভিউ উপলব্ধ নয়: পৃষ্ঠাটি কোনো নিবন্ধ নয়।</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>আপনার ব্রাউজারে খোলা হয়েছে।</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>এই ঠিকানার জন্য কোনো ওয়েব ব্রাউজার খোলা যায়নি।</translation>
        </message>
        <message>
            <source>Open original</source>
            <translation>মূল লেখা খুলুন</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(শিরোনাম নেই)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>লিংক কপি করুন</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>লেখক: {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>পড়তে {} মিনিট</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>ফিডের লেখা দেখানো হচ্ছে; পুরো নিবন্ধটি তৈরি করা হচ্ছে।</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>পুরো নিবন্ধটি তৈরি করা যায়নি; ফিডের লেখা দেখানো হচ্ছে।</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>এই নিবন্ধে কোনো লেখা নেই। পড়তে মূল লেখাটি খুলুন।</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>নিবন্ধটি পুরোটা দেখানোর জন্য অনেক বড়। বাকিটা পড়তে মূল লেখাটি খুলুন।</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Broadsheet-এ স্বাগতম</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>Broadsheet আপনার অনুসরণ করা খবরের সাইট আর ব্লগগুলো এক জায়গায় আনে এবং প্রতিটি নিবন্ধ একটি শান্ত, পরিচ্ছন্ন ভিউতে দেখায়, অনলাইনে বা অফলাইনে। আপনি না চাইলে কিছুই ডাউনলোড হয় না।</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>একটি সাবস্ক্রিপশন যোগ করুন</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>কোনো ফিড বা সাইটের ঠিকানা দিয়ে।</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>সাবস্ক্রিপশন ইমপোর্ট করুন</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>অন্য কোনো রিডারের OPML ফাইল থেকে।</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>প্রস্তাবিত খবরের ফিড যোগ করুন</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>কয়েকটি ভাষার খবরের সাইটের ছোট একটি বাছাই।</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>এরপর: F5 রিফ্রেশ করে, J আর K নিবন্ধগুলোর মধ্যে যায়, Space পড়া চালিয়ে যায়, Ctrl+Plus আর Ctrl+Minus লেখার আকার বদলায়।</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>সংযুক্তি</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>অডিও</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>ভিডিও</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>ছবি</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>নথি</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ফাইল</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>চালান</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>খুলুন</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>ডাউনলোড করুন</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>বাতিল</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>ডাউনলোড হচ্ছে: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>ডাউনলোড হয়েছে</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>ডাউনলোড ব্যর্থ: {}</translation>
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
            <translation>এ ধরনের লিংক খোলা হয় না।</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>সেশনের সঙ্গে চালু হওয়া পরিবর্তন করা যায়নি: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>পটভূমিতে</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>উইন্ডো বন্ধ করলে Broadsheet ট্রেতে থেকে যায়</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>ট্রেতে লুকানো অবস্থায় চালু করুন</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>এই ডেস্কটপে কোনো সিস্টেম ট্রে নেই: উইন্ডো বন্ধ করলে Broadsheet বন্ধ হয়ে যায়।</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>সেশনের সঙ্গে চালু করুন (এখানে এখনো উপলব্ধ নয়)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>ডেস্কটপ সেশনের সঙ্গে চালু করুন</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>নতুন নিবন্ধের বিজ্ঞপ্তি দিন</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>নীরব সময়</translation>
        </message>
        <message>
            <source>to</source>
            <translation>থেকে</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>সব পড়া হিসেবে চিহ্নিত করা পূর্বাবস্থায় ফেরান(&amp;U)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>পূর্বাবস্থায় ফেরান</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>ওই নিবন্ধগুলো আবার না-পড়া হিসেবে চিহ্নিত করুন (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>আবার না-পড়া: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>এই ফাইলের জন্য কোনো প্রোগ্রাম খোলা যায়নি।</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>ডাউনলোড সম্ভব নয়: ব্যাকগ্রাউন্ডের কাজ শুরু হয়নি।</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>%1 ডাউনলোড হচ্ছে %2-এ</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>%1 ডাউনলোড হচ্ছে: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>%1-এ ডাউনলোড হয়েছে</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>ডাউনলোড বাতিল হয়েছে।</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>ডাউনলোড ব্যর্থ: %1</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>Broadsheet is already running with this profile.</source>
            <translation>Broadsheet এই প্রোফাইল দিয়ে আগে থেকেই চলছে।</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>ডেটাবেস খোলা যায়নি; কিছুই বদলানো হয়নি।</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: অপ্রত্যাশিত ত্রুটি</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>কিছু একটা ভুল হয়েছে, তবে Broadsheet চলছে। বিস্তারিত লগ ফাইলে আছে:</translation>
        </message>
    </context>
    <context>
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>বিজ্ঞপ্তি:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>সেটিংস অনুযায়ী</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>সবসময়</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>কখনো নয়</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>সব নির্বাচন করুন</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>কোনোটিই নির্বাচন করবেন না</translation>
        </message>
    </context>
    <context>
        <name>FeedPropertiesDialog</name>
        <message>
            <source>Feed properties</source>
            <translation>ফিডের বৈশিষ্ট্য</translation>
        </message>
        <message>
            <source>never</source>
            <translation>কখনো নয়</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>নাম:</translation>
        </message>
        <message>
            <source>Reader view</source>
            <translation>রিডার ভিউ</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>ফিডের লেখা</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>মূল পৃষ্ঠা (ব্রাউজারে)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>নিবন্ধ যেভাবে দেখাবে:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>রিফ্রেশ:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>নির্দিষ্ট সংখ্যক পড়া নিবন্ধ</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>কিছু দিনের পড়া নিবন্ধ</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>রাখুন:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>না-পড়া ও তারকাচিহ্নিত নিবন্ধ সবসময় রাখা হয়।</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>প্রতি ঘণ্টায়</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>প্রতি ২ ঘণ্টায়</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>প্রতি ৪ ঘণ্টায়</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>প্রতি ১২ ঘণ্টায়</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>কেবল আমি চাইলে</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>প্রতি ১৫ মিনিটে</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>প্রতি ৩০ মিনিটে</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>দিনে একবার</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>সেটিংস অনুযায়ী</translation>
        </message>
        <message>
            <source>Feed address:</source>
            <translation>ফিডের ঠিকানা:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>ওয়েবসাইট:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>শেষ হালনাগাদ:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>শেষ যাচাই:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>না-পড়া নিবন্ধ:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>শেষ ত্রুটি:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>নেই</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>অবস্থা:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>ফিডটি আর নেই (সার্ভারের উত্তর 410)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> দিন</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> নিবন্ধ</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Lnটি তারকাচিহ্নিত</numerusform>
                <numerusform>%Lnটি তারকাচিহ্নিত</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Lnটি না-পড়া</numerusform>
                <numerusform>%Lnটি না-পড়া</numerusform>
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
            <translation>লিংক কপি হয়েছে।</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>শিরোনাম ও লেখায় খুঁজুন (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>বাতিল</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation>
                <numerusform>%Lnটির মধ্যে %vটি ফিড</numerusform>
                <numerusform>%Lnটির মধ্যে %vটি ফিড</numerusform>
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>সব নিবন্ধ</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>না-পড়া</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>তারকাচিহ্নিত</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation>পডকাস্ট</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>শিরোনাম</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>ফিড</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>তারিখ</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation>
                <numerusform>লেখার আকার: %Ln px</numerusform>
                <numerusform>লেখার আকার: %Ln px</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>সেটিংস সংরক্ষণ করা যায়নি: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>পটভূমির কাজ শুরু করা যায়নি।</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>রিফ্রেশ ব্যর্থ: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>সংরক্ষিত হয়নি: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>OPML ফাইলটি ইমপোর্ট করা যায়নি।</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>সাবস্ক্রিপশনগুলো এক্সপোর্ট করা যায়নি।</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Broadsheet সম্পর্কে</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, ডেস্কটপের জন্য একটি খবর পড়ার অ্যাপ।</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>ডেটা: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>এই নিবন্ধের কোনো ওয়েব ঠিকানা নেই।</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>এই ফিডটি পড়া যায়নি: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>খোঁজের সঙ্গে মেলে এমন কোনো নিবন্ধ নেই।</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>এখানে এখনো কোনো নিবন্ধ নেই। সাম্প্রতিকগুলো আনতে রিফ্রেশ (F5) করুন।</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>ফোল্ডারে সরান</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(কোনো ফোল্ডার নেই)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>এই নিবন্ধটি আর নেই।</translation>
        </message>
        <message>
            <source>That edition of the article could not be fetched.</source>
            <translation>নিবন্ধের ওই সংস্করণটি আনা যায়নি।</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>রিডার ভিউ।</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>ফিডের লেখা।</translation>
        </message>
        <message>
            <source>Marked read.</source>
            <translation>পড়া হয়েছে হিসেবে চিহ্নিত।</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>না-পড়া হিসেবে চিহ্নিত।</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>তারকাচিহ্ন দেওয়া হয়েছে।</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>তারকাচিহ্ন সরানো হয়েছে।</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>সব পড়া হয়েছে হিসেবে চিহ্নিত।</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>এখানে আর কোনো না-পড়া নিবন্ধ নেই।</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>লিংক কপি হয়েছে।</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>এই ঠিকানার জন্য কোনো ওয়েব ব্রাউজার খোলা যায়নি।</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Lnটি নতুন নিবন্ধ</numerusform>
                <numerusform>%Lnটি নতুন নিবন্ধ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Lnটি আপনার নিয়মের সঙ্গে মিলেছে: %1</numerusform>
                <numerusform>%Lnটি আপনার নিয়মের সঙ্গে মিলেছে: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 এবং আরও %Lnটি</numerusform>
                <numerusform>%1 এবং আরও %Lnটি</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>%Lnটি ফিডে: %1</numerusform>
                <numerusform>%Lnটি ফিডে: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>খুলুন</translation>
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
            <translation>Broadsheet-এর ডেটাবেস ক্ষতিগ্রস্ত। কী করা হবে?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>সর্বশেষ ব্যাকআপটি %1 তারিখের।</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>যা পড়া যায় তা পুনরুদ্ধার করুন</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>সর্বশেষ ব্যাকআপ ফিরিয়ে আনুন</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>প্রস্থান</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>সর্বশেষ ব্যাকআপ ফিরিয়ে আনা হয়েছে।</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation>
                <numerusform>%Lnটি নিবন্ধ পুনরুদ্ধার করা হয়েছে। ক্ষতিগ্রস্ত ফাইলটি %1 হিসেবে রাখা হয়েছে।</numerusform>
                <numerusform>%Lnটি নিবন্ধ পুনরুদ্ধার করা হয়েছে। ক্ষতিগ্রস্ত ফাইলটি %1 হিসেবে রাখা হয়েছে।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Lnটি সাবস্ক্রিপশন</numerusform>
                <numerusform>%Lnটি সাবস্ক্রিপশন</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Lnটি ফোল্ডার</numerusform>
                <numerusform>%Lnটি ফোল্ডার</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Lnটি নিবন্ধ</numerusform>
                <numerusform>%Lnটি নিবন্ধ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Lnটি পড়া বা তারকাচিহ্ন</numerusform>
                <numerusform>%Lnটি পড়া বা তারকাচিহ্ন</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>উদ্ধার করা হয়েছে: %1, %2, %3, %4।</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>ডিস্ক পূর্ণ: Broadsheet কেবল পড়তে পারে।</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>এই প্রোফাইলটি কেবল-পঠনযোগ্য: Broadsheet কেবল পড়তে পারে, কিছুই সংরক্ষণ করা হয় না।</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>ডেটাবেস মেরামত করা যায়নি।</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>একটি রিফ্রেশ আগে থেকেই চলছে।</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>রিফ্রেশ করার মতো কোনো সাবস্ক্রিপশন এখনো নেই।</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>পটভূমির কাজ শুরু করা যায়নি।</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>রিফ্রেশ হচ্ছে…</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>নতুন নিবন্ধ আনা হচ্ছে…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>নিবন্ধ %m-এর মধ্যে %v</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Lnটি নতুন নিবন্ধ</numerusform>
                <numerusform>%Lnটি নতুন নিবন্ধ</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>রিফ্রেশ বাতিল হয়েছে: %1 রাখা হয়েছে।</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Lnটি ফিড হালনাগাদ হয়েছে</numerusform>
                <numerusform>%Lnটি ফিড হালনাগাদ হয়েছে</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Lnটি ফিড অপরিবর্তিত</numerusform>
                <numerusform>%Lnটি ফিড অপরিবর্তিত</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Lnটি ফিড ব্যর্থ হয়েছে (চিহ্নিত ফিডগুলো দেখুন)</numerusform>
                <numerusform>%Lnটি ফিড ব্যর্থ হয়েছে (চিহ্নিত ফিডগুলো দেখুন)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>রিফ্রেশ সম্পন্ন: %1।</translation>
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
            <translation>এই কম্পিউটার</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>অ্যাকাউন্ট:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>Fever সদস্যতা নিতে পারে না: ফিডটি সার্ভারের নিজস্ব ওয়েব পেজে যোগ করুন; পরের সিঙ্কে এটি এখানে চলে আসবে।</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever কোনো ফিডের নাম বদলাতে, সরাতে বা তার সদস্যতা ছাড়তে পারে না: এটি সার্ভারের নিজস্ব ওয়েব পেজে করুন; পরিবর্তনটি পরের সিঙ্কে এখানে চলে আসবে।</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>Fever কোনো ফোল্ডারের নাম বদলাতে বা ফোল্ডার সরাতে পারে না: এটি সার্ভারের নিজস্ব ওয়েব পেজে করুন; পরিবর্তনটি পরের সিঙ্কে এখানে চলে আসবে।</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>সার্ভারে সদস্যতা বদলানো হচ্ছে…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>সার্ভার পরিবর্তনটি করেনি: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>সার্ভারে হয়ে গেছে, এবং সিঙ্ক হয়েছে।</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>নিয়ম</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>নতুন নিয়ম</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>মুছুন</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>শিরোনাম</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>লেখা</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>শিরোনাম বা লেখা</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>লেখক</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>লিংক</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>ফিডের নাম</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>এই শব্দগুলো আছে</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>রেগুলার এক্সপ্রেশনের সঙ্গে মেলে</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>উদাহরণ: ফুটবল দলবদল*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>নাম:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>কোথায় দেখবে:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>কীভাবে:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>প্যাটার্ন:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>তারপর:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>নতুন নিবন্ধের জন্য সক্রিয়</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>পড়া হিসেবে চিহ্নিত করুন</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>তারকাচিহ্ন দিন</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>লুকান (কখনো তালিকায় নয়)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>ট্যাগ:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>বিজ্ঞপ্তি দিন</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>বিদ্যমান নিবন্ধে প্রয়োগ করুন</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>নিয়ম সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (বন্ধ)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>এটি কীসের সঙ্গে মেলে দেখতে শব্দ বা প্যাটার্ন লিখুন।</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>এই নিয়ম কাজ করতে পারে না: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>মেলে এমন সংরক্ষিত নিবন্ধ: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>সবচেয়ে নতুন %2টি নিবন্ধের মধ্যে মেলে: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>কিছু নিবন্ধে প্যাটার্নটি খুব ধীর: সেগুলো বাদ দেওয়া হয়েছে।</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>সংরক্ষিত হয়েছে। নিবন্ধ আসার সঙ্গে সঙ্গে এটি কাজ করে।</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>প্রয়োগ করা হয়েছে। মিলে যাওয়া নিবন্ধ: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>প্রয়োগ করা হচ্ছে…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>নিয়ম প্রয়োগ করুন</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>নিয়ম মুছুন</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>সেটিংস</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>পড়া</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>পড়ার মোড:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>হালকা</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>সেপিয়া</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>গাঢ়</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>উচ্চ কনট্রাস্ট</translation>
        </message>
        <message>
            <source>System</source>
            <translation>সিস্টেম</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>ফন্টের আকার:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>ফন্ট:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>সেরিফ</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>স্যান্স সেরিফ</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>অন্য ফন্ট</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>লাইনের প্রস্থ:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>সরু</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>মাঝারি</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>চওড়া</translation>
        </message>
        <message>
            <source>General</source>
            <translation>সাধারণ</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>ভাষা:</translation>
        </message>
        <message>
            <source>Article language:</source>
            <translation>নিবন্ধের ভাষা:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>ইন্টারফেসের মতোই</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>মূল (যেভাবে প্রকাশিত)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>সাইট এই ভাষায় প্রকাশ করলে নিবন্ধগুলো এই ভাষায় দেখানো হয়।</translation>
        </message>
        <message>
            <source>Refresh all feeds on start</source>
            <translation>চালু হলে সব ফিড রিফ্রেশ করুন</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>রিফ্রেশের ব্যবধান:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>বন্ধ</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>১৫ মিনিট</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>৩০ মিনিট</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>১ ঘণ্টা</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>২ ঘণ্টা</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>খুললে পড়া হয়েছে হিসেবে চিহ্নিত করুন:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>সঙ্গে সঙ্গে</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>কিছুক্ষণ পরে</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>কখনো নয়</translation>
        </message>
        <message>
            <source> s</source>
            <translation> সে.</translation>
        </message>
        <message>
            <source>Delay before marking read</source>
            <translation>পড়া হিসেবে চিহ্নিত করার আগে বিলম্ব</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>ক্যাশের আকারের সীমা:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation>ডাউনলোড ফোল্ডার:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>মঙ্গলবার পৌর পরিষদ জলাধারে একটি ভাসমান সৌরবিদ্যুৎ কেন্দ্র নির্মাণের পক্ষে ভোট দিয়েছে।</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>ডাউনলোড ফোল্ডার</translation>
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln পিক্সেল</numerusform>
                <numerusform>%Ln পিক্সেল</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>কিবোর্ড শর্টকাট</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>কী</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>কাজ</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>%1-এ ফিড খোঁজা হচ্ছে…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>%1-এ সাবস্ক্রাইব করা হয়েছে।</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>সাবস্ক্রিপশন যোগ করুন</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>সাবস্ক্রাইব করা যায়নি।</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>নতুন ফোল্ডার</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>ফোল্ডারের নাম:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>নাম বদলান</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>নতুন নাম:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>সরানোর জন্য একটি ফিড বেছে নিন।</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>এই ফিড থেকে আনসাবস্ক্রাইব করবেন? এর নিবন্ধগুলো মুছে যাবে।</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>সাবস্ক্রিপশন সরান</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>এই ফোল্ডারটি সরাবেন? এর ফিডগুলো এক ধাপ ওপরে যাবে।</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>ফোল্ডার সরান</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>OPML ইমপোর্ট করুন</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML ফাইল (*.opml *.xml);;সব ফাইল (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>ফাইলটি খুব বড়</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>ফাইলটি পড়া যায়নি।</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>ইমপোর্ট হচ্ছে…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation>
                <numerusform>%Lnটি সাবস্ক্রিপশন যোগ হয়েছে</numerusform>
                <numerusform>%Lnটি সাবস্ক্রিপশন যোগ হয়েছে</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Lnটি আগে থেকেই আছে</numerusform>
                <numerusform>%Lnটি আগে থেকেই আছে</numerusform>
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2।</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>এগুলোর নিবন্ধ আনতে F5 (রিফ্রেশ) চাপুন।</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>কিছু এন্ট্রি বাদ দেওয়া হয়েছে:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>OPML এক্সপোর্ট করুন</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML ফাইল (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>সাবস্ক্রিপশনগুলো %1-এ এক্সপোর্ট করা হয়েছে।</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>কাজটি হয়নি।</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>A refresh or a sync is already running.</source>
            <translation>একটি রিফ্রেশ বা সিঙ্ক ইতিমধ্যে চলছে।</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>এখনো কোনো সিঙ্ক অ্যাকাউন্ট নেই: ফাইল &gt; অ্যাকাউন্ট সিঙ্ক করুন… দিয়ে একটি যোগ করুন</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>ব্যাকগ্রাউন্ডের কাজ শুরু করা যায়নি।</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>সিঙ্ক হচ্ছে…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>সিঙ্ক বাতিল করুন</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>পরিবর্তন পাঠানো হচ্ছে: %m-এর মধ্যে %v</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>নিবন্ধ %m-এর মধ্যে %v</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>পৃষ্ঠা %m-এর মধ্যে %v</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>নতুন নিবন্ধ আনা হচ্ছে…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>সিঙ্ক ব্যর্থ: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Lnটি নতুন নিবন্ধ</numerusform>
                <numerusform>%Lnটি নতুন নিবন্ধ</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>সিঙ্ক বাতিল হয়েছে: %1 রাখা হয়েছে।</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>%1-এর সিঙ্ক ব্যর্থ: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>সিঙ্ক সম্পন্ন: %1।</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Broadsheet খুলুন</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>এখনই রিফ্রেশ করুন</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>সব পড়া হিসেবে চিহ্নিত করুন</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>বিজ্ঞপ্তি বিরতি দিন</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>প্রস্থান</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Lnটি না-পড়া</numerusform>
                <numerusform>Broadsheet: %Lnটি না-পড়া</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>নতুনগুলো আগে</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>পুরোনোগুলো আগে</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>শিরোনাম অনুযায়ী</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>ফিড অনুযায়ী</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>লেখক অনুযায়ী</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>নিবন্ধ সাজান(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>কেবল না-পড়া(&amp;U)</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>এই অনুসন্ধান ভিউ হিসেবে সংরক্ষণ করুন(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>ট্যাগ(&amp;T)…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>নিয়ম(&amp;U)…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>ভিউটি মনে রাখুন</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>অনুসন্ধান সংরক্ষণ করুন</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>ভিউয়ের নাম:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>অনুসন্ধান ভিউ হিসেবে সংরক্ষিত হয়েছে।</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>ট্যাগ</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>ট্যাগ:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>“%1” ট্যাগ দেওয়া হয়েছে।</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>ভিউ সরান</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Refresh all</source>
            <translation>সব রিফ্রেশ করুন(&amp;R)</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>এই ফিড রিফ্রেশ করুন(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>রিফ্রেশ বাতিল করুন(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>সাবস্ক্রিপশন যোগ করুন(&amp;A)…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>নতুন ফোল্ডার(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>OPML ইমপোর্ট করুন(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>OPML এক্সপোর্ট করুন(&amp;E)…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>প্রস্তাবিত খবরের ফিড যোগ করুন(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>প্রস্থান(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>পরের নিবন্ধ(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>আগের নিবন্ধ(&amp;P)</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>পরের না-পড়া নিবন্ধ(&amp;U)</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>আগের না-পড়া নিবন্ধ(&amp;N)</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>স্ক্রল করুন, তারপর পরের না-পড়া</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>তারকাচিহ্ন দিন / সরান(&amp;S)</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>পড়া / না-পড়া চিহ্নিত করুন(&amp;R)</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>সব পড়া হয়েছে চিহ্নিত করুন(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>ব্রাউজারে খুলুন(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>লিংক কপি করুন(&amp;C)</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation>রিডার ভিউ(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>খুঁজুন(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>বড় লেখা(&amp;B)</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>ছোট লেখা(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>ডিফল্ট লেখার আকার(&amp;D)</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>সাবস্ক্রিপশন দেখান(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>নিবন্ধে মনোযোগ দিন(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>সেটিংস(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>কিবোর্ড শর্টকাট(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>Broadsheet সম্পর্কে(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>নাম বদলান(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>ফোল্ডারে সরান(&amp;M)…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>সরান(&amp;M)…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>বৈশিষ্ট্য(&amp;R)</translation>
        </message>
        <message>
            <source>S&amp;ync accounts now</source>
            <translation>এখনই অ্যাকাউন্ট সিঙ্ক করুন(&amp;Y)</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>অ্যাকাউন্ট সিঙ্ক করুন(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ফাইল(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>দেখুন(&amp;V)</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>ফিড(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>নিবন্ধ(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>সাহায্য(&amp;H)</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>সব ফিড রিফ্রেশ করুন (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>কোনো ফিড বা সাইটে সাবস্ক্রাইব করুন (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>তালিকার সবকিছু পড়া হয়েছে চিহ্নিত করুন (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation>নিবন্ধটি রিডার ভিউ ও ফিডের লেখার মধ্যে বদলান (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>টুলবার</translation>
        </message>
    </context>
</TS>
