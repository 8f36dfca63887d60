<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
            <translation>Adicionar assinatura</translation>
        </message>
        <message>
            <source>Type the address of a feed, or of a web site: its feeds are found for you.</source>
            <translation>Digite o endereço de um feed ou de um site: os feeds dele serão encontrados para você.</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Endereço:</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(sem pasta)</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Pasta:</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Assinar</translation>
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
            <translation>agora</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation type="unfinished">
                <numerusform>%Ln min</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation type="unfinished">
                <numerusform>%Ln h</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation type="unfinished">
                <numerusform>%Ln d</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d 'de' MMM 'de' yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d 'de' MMM</translation>
        </message>
    </context>
    <context>
        <name>ArticleView</name>
        <message>
            <source>Article</source>
            <translation>Artigo</translation>
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
            <translation>Abrir original</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(sem título)</translation>
        </message>
        <message>
            <source>Copy link</source>
            <translation>Copiar link</translation>
        </message>
        <message>
            <source>By {}</source>
            <translation>Por {}</translation>
        </message>
        <message>
            <source>{} min read</source>
            <translation>{} min de leitura</translation>
        </message>
        <message>
            <source>Showing the feed's text; the full article is being prepared.</source>
            <translation>Mostrando o texto do feed; o artigo completo está sendo preparado.</translation>
        </message>
        <message>
            <source>The full article could not be prepared; showing the feed's text.</source>
            <translation>Não foi possível preparar o artigo completo; mostrando o texto do feed.</translation>
        </message>
        <message>
            <source>This article has no text. Open the original to read it.</source>
            <translation>Este artigo não tem texto. Abra o original para lê-lo.</translation>
        </message>
        <message>
            <source>This article is too long to show in full. Open the original to read the rest.</source>
            <translation>Este artigo é longo demais para ser mostrado por inteiro. Abra o original para ler o restante.</translation>
        </message>
        <message>
            <source>Welcome to Broadsheet</source>
            <translation>Boas-vindas ao Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet gathers the news sites and blogs you follow and shows every article in one calm, clean view, online or offline. Nothing is fetched until you ask.</source>
            <translation>O Broadsheet reúne os sites de notícias e blogs que você acompanha e mostra cada artigo numa visualização calma e limpa, on-line ou off-line. Nada é baixado até você pedir.</translation>
        </message>
        <message>
            <source>Add a subscription</source>
            <translation>Adicionar uma assinatura</translation>
        </message>
        <message>
            <source>by the address of a feed or of a site.</source>
            <translation>pelo endereço de um feed ou de um site.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Importar assinaturas</translation>
        </message>
        <message>
            <source>from an OPML file of another reader.</source>
            <translation>de um arquivo OPML de outro leitor.</translation>
        </message>
        <message>
            <source>Add suggested news feeds</source>
            <translation>Adicionar feeds de notícias sugeridos</translation>
        </message>
        <message>
            <source>a small selection of news sites in several languages.</source>
            <translation>uma pequena seleção de sites de notícias em vários idiomas.</translation>
        </message>
        <message>
            <source>Then: F5 refreshes, J and K move between articles, Space reads on, Ctrl+Plus and Ctrl+Minus change the text size.</source>
            <translation>Depois: F5 atualiza, J e K passam de um artigo a outro, Espaço continua a leitura, Ctrl+Mais e Ctrl+Menos mudam o tamanho do texto.</translation>
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
            <translation type="unfinished">Cancelar</translation>
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
            <translation>Este tipo de link não é aberto.</translation>
        </message>
    </context>
    <context>
        <name>ChooseFeedDialog</name>
        <message>
            <source>Choose a feed</source>
            <translation>Escolher um feed</translation>
        </message>
        <message>
            <source>This site offers several feeds:</source>
            <translation>Este site oferece vários feeds:</translation>
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
            <translation>O Broadsheet já está em execução com este perfil.</translation>
        </message>
        <message>
            <source>The database could not be opened; nothing was changed.</source>
            <translation>Não foi possível abrir o banco de dados; nada foi alterado.</translation>
        </message>
        <message>
            <source>Broadsheet: unexpected error</source>
            <translation>Broadsheet: erro inesperado</translation>
        </message>
        <message>
            <source>Something went wrong, but Broadsheet keeps running. The details are in the log file:</source>
            <translation>Algo deu errado, mas o Broadsheet continua funcionando. Os detalhes estão no arquivo de log:</translation>
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
            <translation>Propriedades do feed</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
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
            <translation>Endereço do feed:</translation>
        </message>
        <message>
            <source>Web site:</source>
            <translation>Site:</translation>
        </message>
        <message>
            <source>Last update:</source>
            <translation>Última atualização:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation>Última verificação:</translation>
        </message>
        <message>
            <source>Unread articles:</source>
            <translation>Artigos não lidos:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation>Último erro:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Situação:</translation>
        </message>
        <message>
            <source>the feed is gone (server answered 410)</source>
            <translation>o feed não existe mais (o servidor respondeu 410)</translation>
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
            <translation>Link copiado.</translation>
        </message>
        <message>
            <source>Search titles and text (Ctrl+F)</source>
            <translation>Pesquisar títulos e texto (Ctrl+F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message numerus="yes">
            <source>%v of %n feeds</source>
            <translation type="unfinished">
                <numerusform>%v de %Ln feed</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Todos os artigos</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Não lidos</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Com estrela</translation>
        </message>
        <message>
            <source>Podcasts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Feed</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message numerus="yes">
            <source>Text size: %n px</source>
            <translation type="unfinished">
                <numerusform>Tamanho do texto: %Ln px</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Could not save the settings: %1</source>
            <translation>Não foi possível salvar as configurações: %1</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Não foi possível iniciar o trabalho em segundo plano.</translation>
        </message>
        <message>
            <source>Refresh failed: %1</source>
            <translation>Falha na atualização: %1</translation>
        </message>
        <message>
            <source>Not saved: %1 (%2)</source>
            <translation>Não salvo: %1 (%2)</translation>
        </message>
        <message>
            <source>The OPML file could not be imported.</source>
            <translation>Não foi possível importar o arquivo OPML.</translation>
        </message>
        <message>
            <source>The subscriptions could not be exported.</source>
            <translation>Não foi possível exportar as assinaturas.</translation>
        </message>
        <message>
            <source>About Broadsheet</source>
            <translation>Sobre o Broadsheet</translation>
        </message>
        <message>
            <source>Broadsheet %1, a desktop news reader.</source>
            <translation>Broadsheet %1, um leitor de notícias para desktop.</translation>
        </message>
        <message>
            <source>Data: %1</source>
            <translation>Dados: %1</translation>
        </message>
        <message>
            <source>This article has no web address.</source>
            <translation>Este artigo não tem endereço web.</translation>
        </message>
        <message>
            <source>This feed could not be read: %1</source>
            <translation>Não foi possível ler este feed: %1</translation>
        </message>
        <message>
            <source>No articles match the search.</source>
            <translation>Nenhum artigo corresponde à pesquisa.</translation>
        </message>
        <message>
            <source>No articles here yet. Refresh (F5) to fetch the latest ones.</source>
            <translation>Ainda não há artigos aqui. Atualize (F5) para buscar os mais recentes.</translation>
        </message>
    </context>
    <context>
        <name>MoveToFolderDialog</name>
        <message>
            <source>Move to folder</source>
            <translation>Mover para pasta</translation>
        </message>
        <message>
            <source>(no folder)</source>
            <translation>(sem pasta)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>This article is no longer there.</source>
            <translation>Este artigo não está mais disponível.</translation>
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
            <translation>Marcado como lido.</translation>
        </message>
        <message>
            <source>Marked unread.</source>
            <translation>Marcado como não lido.</translation>
        </message>
        <message>
            <source>Starred.</source>
            <translation>Estrela adicionada.</translation>
        </message>
        <message>
            <source>Star removed.</source>
            <translation>Estrela removida.</translation>
        </message>
        <message>
            <source>All marked read.</source>
            <translation>Tudo marcado como lido.</translation>
        </message>
        <message>
            <source>No more unread articles here.</source>
            <translation>Não há mais artigos não lidos aqui.</translation>
        </message>
        <message>
            <source>Link copied.</source>
            <translation>Link copiado.</translation>
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
            <translation>O banco de dados do Broadsheet está danificado. O que deve ser feito?</translation>
        </message>
        <message>
            <source>The latest backup is from %1.</source>
            <translation>O backup mais recente é de %1.</translation>
        </message>
        <message>
            <source>Recover what is readable</source>
            <translation>Recuperar o que for legível</translation>
        </message>
        <message>
            <source>Restore the latest backup</source>
            <translation>Restaurar o backup mais recente</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>The latest backup was restored.</source>
            <translation>O backup mais recente foi restaurado.</translation>
        </message>
        <message numerus="yes">
            <source>Recovered %n articles. The damaged file was kept as %1.</source>
            <translation type="unfinished">
                <numerusform>%Ln artigo recuperado. O arquivo danificado foi mantido como %1.</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation type="unfinished">
                <numerusform>%Ln assinatura</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation type="unfinished">
                <numerusform>%Ln pasta</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation type="unfinished">
                <numerusform>%Ln artigo</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation type="unfinished">
                <numerusform>%Ln marca de lido ou com estrela</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Saved: %1, %2, %3, %4.</source>
            <translation>Recuperados: %1, %2, %3, %4.</translation>
        </message>
        <message>
            <source>The disk is full: Broadsheet can only read.</source>
            <translation>O disco está cheio: o Broadsheet só pode ler.</translation>
        </message>
        <message>
            <source>This profile is read-only: Broadsheet can only read, nothing is saved.</source>
            <translation>Este perfil é somente leitura: o Broadsheet só pode ler, nada é salvo.</translation>
        </message>
        <message>
            <source>The database could not be repaired.</source>
            <translation>Não foi possível reparar o banco de dados.</translation>
        </message>
    </context>
    <context>
        <name>RefreshStatus</name>
        <message>
            <source>A refresh is already running.</source>
            <translation>Já há uma atualização em andamento.</translation>
        </message>
        <message>
            <source>There are no subscriptions to refresh yet.</source>
            <translation>Ainda não há assinaturas para atualizar.</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Não foi possível iniciar o trabalho em segundo plano.</translation>
        </message>
        <message>
            <source>Refreshing…</source>
            <translation>Atualizando…</translation>
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
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation type="unfinished">
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
            <translation type="unfinished">Título</translation>
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
            <translation type="unfinished">Nome:</translation>
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
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Leitura</translation>
        </message>
        <message>
            <source>Reading mode:</source>
            <translation>Modo de leitura:</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Sepia</source>
            <translation>Sépia</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Escuro</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistema</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Tamanho da fonte:</translation>
        </message>
        <message>
            <source>Font:</source>
            <translation>Fonte:</translation>
        </message>
        <message>
            <source>Serif</source>
            <translation>Com serifa</translation>
        </message>
        <message>
            <source>Sans serif</source>
            <translation>Sem serifa</translation>
        </message>
        <message>
            <source>Other font</source>
            <translation>Outra fonte</translation>
        </message>
        <message>
            <source>Line width:</source>
            <translation>Largura da linha:</translation>
        </message>
        <message>
            <source>Narrow</source>
            <translation>Estreita</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Média</translation>
        </message>
        <message>
            <source>Wide</source>
            <translation>Larga</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Geral</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Idioma:</translation>
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
            <translation>Atualizar todos os feeds ao iniciar</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Atualizar a cada:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desativado</translation>
        </message>
        <message>
            <source>15 minutes</source>
            <translation>15 minutos</translation>
        </message>
        <message>
            <source>30 minutes</source>
            <translation>30 minutos</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message>
            <source>2 hours</source>
            <translation>2 horas</translation>
        </message>
        <message>
            <source>Mark as read on open:</source>
            <translation>Marcar como lido ao abrir:</translation>
        </message>
        <message>
            <source>Immediately</source>
            <translation>Imediatamente</translation>
        </message>
        <message>
            <source>After a delay</source>
            <translation>Após um intervalo</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Cache size limit:</source>
            <translation>Limite do cache:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Downloads folder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>A câmara municipal votou na terça-feira a construção de uma usina solar flutuante no reservatório.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n px</source>
            <translation>
                <numerusform>%Ln px</numerusform>
                <numerusform>%Ln px</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atalhos de teclado</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Tecla</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Ação</translation>
        </message>
    </context>
    <context>
        <name>Subscriptions</name>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Procurando um feed em %1…</translation>
        </message>
        <message>
            <source>Subscribed to %1.</source>
            <translation>Assinatura de %1 adicionada.</translation>
        </message>
        <message>
            <source>Add subscription</source>
            <translation>Adicionar assinatura</translation>
        </message>
        <message>
            <source>Could not subscribe.</source>
            <translation>Não foi possível assinar.</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Nova pasta</translation>
        </message>
        <message>
            <source>Folder name:</source>
            <translation>Nome da pasta:</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renomear</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Novo nome:</translation>
        </message>
        <message>
            <source>Select a feed to move it.</source>
            <translation>Selecione um feed para movê-lo.</translation>
        </message>
        <message>
            <source>Unsubscribe from this feed? Its articles are deleted.</source>
            <translation>Cancelar a assinatura deste feed? Os artigos dele serão excluídos.</translation>
        </message>
        <message>
            <source>Remove subscription</source>
            <translation>Remover assinatura</translation>
        </message>
        <message>
            <source>Remove this folder? Its feeds move up one level.</source>
            <translation>Remover esta pasta? Os feeds dela sobem um nível.</translation>
        </message>
        <message>
            <source>Remove folder</source>
            <translation>Remover pasta</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>Importar OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>Arquivos OPML (*.opml *.xml);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>o arquivo é grande demais</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Não foi possível ler o arquivo.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions added</source>
            <translation type="unfinished">
                <numerusform>%Ln assinatura adicionada</numerusform>
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation type="unfinished">
                <numerusform>%Ln já existia</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1, %2.</source>
            <translation>%1, %2.</translation>
        </message>
        <message>
            <source>Press F5 (Refresh) to fetch their articles.</source>
            <translation>Pressione F5 (Atualizar) para buscar os artigos delas.</translation>
        </message>
        <message>
            <source>Some entries were skipped:</source>
            <translation>Algumas entradas foram ignoradas:</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>Exportar OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>Arquivos OPML (*.opml)</translation>
        </message>
        <message>
            <source>Subscriptions exported to %1.</source>
            <translation>Assinaturas exportadas para %1.</translation>
        </message>
        <message>
            <source>Broadsheet</source>
            <translation>Broadsheet</translation>
        </message>
        <message>
            <source>That did not work.</source>
            <translation>Isso não funcionou.</translation>
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
            <translation type="unfinished">Não foi possível iniciar o trabalho em segundo plano.</translation>
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
            <translation>&amp;Atualizar tudo</translation>
        </message>
        <message>
            <source>Refresh this &amp;feed</source>
            <translation>Atualizar este &amp;feed</translation>
        </message>
        <message>
            <source>&amp;Cancel refresh</source>
            <translation>&amp;Cancelar atualização</translation>
        </message>
        <message>
            <source>&amp;Add subscription…</source>
            <translation>&amp;Adicionar assinatura…</translation>
        </message>
        <message>
            <source>New &amp;folder…</source>
            <translation>Nova &amp;pasta…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>&amp;Importar OPML…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>&amp;Exportar OPML…</translation>
        </message>
        <message>
            <source>Add &amp;suggested news feeds</source>
            <translation>Adicionar feeds &amp;sugeridos</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
        </message>
        <message>
            <source>&amp;Next article</source>
            <translation>Próximo a&amp;rtigo</translation>
        </message>
        <message>
            <source>&amp;Previous article</source>
            <translation>Artigo a&amp;nterior</translation>
        </message>
        <message>
            <source>Next &amp;unread article</source>
            <translation>Próximo &amp;não lido</translation>
        </message>
        <message>
            <source>Previous u&amp;nread article</source>
            <translation>Anterior n&amp;ão lido</translation>
        </message>
        <message>
            <source>Scroll, then next unread</source>
            <translation>Rolar e depois ir ao próximo não lido</translation>
        </message>
        <message>
            <source>&amp;Star / unstar</source>
            <translation>Adicionar/remover &amp;estrela</translation>
        </message>
        <message>
            <source>Mark &amp;read / unread</source>
            <translation>Marcar como &amp;lido / não lido</translation>
        </message>
        <message>
            <source>Mark &amp;all read</source>
            <translation>Marcar &amp;tudo como lido</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>A&amp;brir no navegador</translation>
        </message>
        <message>
            <source>&amp;Copy link</source>
            <translation>&amp;Copiar link</translation>
        </message>
        <message>
            <source>Reader &amp;view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Pesquisar…</translation>
        </message>
        <message>
            <source>&amp;Bigger text</source>
            <translation>Texto &amp;maior</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Texto me&amp;nor</translation>
        </message>
        <message>
            <source>&amp;Default text size</source>
            <translation>Tamanho de texto &amp;padrão</translation>
        </message>
        <message>
            <source>Show &amp;subscriptions</source>
            <translation>Mostrar a&amp;ssinaturas</translation>
        </message>
        <message>
            <source>&amp;Focus on the article</source>
            <translation>&amp;Foco no artigo</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atalhos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;About Broadsheet</source>
            <translation>&amp;Sobre o Broadsheet</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Re&amp;nomear…</translation>
        </message>
        <message>
            <source>&amp;Move to folder…</source>
            <translation>&amp;Mover para pasta…</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Re&amp;mover…</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>P&amp;ropriedades</translation>
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
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>&amp;Feeds</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>A&amp;rtigo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aj&amp;uda</translation>
        </message>
        <message>
            <source>Refresh all feeds (F5)</source>
            <translation>Atualizar todos os feeds (F5)</translation>
        </message>
        <message>
            <source>Subscribe to a feed or a site (Ctrl+N)</source>
            <translation>Assinar um feed ou um site (Ctrl+N)</translation>
        </message>
        <message>
            <source>Mark everything listed read (Shift+A)</source>
            <translation>Marcar tudo o que está listado como lido (Shift+A)</translation>
        </message>
        <message>
            <source>Switch the article between the reader view and the feed's text (V)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barra de ferramentas</translation>
        </message>
    </context>
</TS>
