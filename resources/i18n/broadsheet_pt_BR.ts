<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Subscriptions</source>
            <translation>Assinaturas</translation>
        </message>
        <message>
            <source>Smart views, folders and feeds with their unread articles</source>
            <translation>Visualizações inteligentes, pastas e feeds com seus artigos não lidos</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Pesquisa</translation>
        </message>
        <message>
            <source>Search the titles and text of the articles (Ctrl+F)</source>
            <translation>Pesquisar nos títulos e no texto dos artigos (Ctrl+F)</translation>
        </message>
        <message>
            <source>Article list and search</source>
            <translation>Lista de artigos e pesquisa</translation>
        </message>
        <message>
            <source>Reading panes</source>
            <translation>Painéis de leitura</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>Barra de menus</translation>
        </message>
        <message>
            <source>Every action of Broadsheet: press Alt, then the arrow keys</source>
            <translation>Todas as ações do Broadsheet: pressione Alt e depois as teclas de seta</translation>
        </message>
        <message>
            <source>Refresh, subscribe, mark read</source>
            <translation>Atualizar, assinar, marcar como lido</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barra de ferramentas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situação</translation>
        </message>
        <message>
            <source>Messages about refreshing and what was done</source>
            <translation>Mensagens sobre a atualização e o que foi feito</translation>
        </message>
        <message>
            <source>Refresh progress</source>
            <translation>Progresso da atualização</translation>
        </message>
        <message>
            <source>Feeds refreshed so far</source>
            <translation>Feeds atualizados até agora</translation>
        </message>
        <message>
            <source>Stop the refresh</source>
            <translation>Parar a atualização</translation>
        </message>
        <message>
            <source>Newest first. J and K move, S stars, M marks read, O opens</source>
            <translation>Mais recentes primeiro. J e K movem, S adiciona estrela, M marca como lido, O abre</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artigos</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artigo</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Nenhum artigo aberto</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Sync accounts</source>
            <translation>Contas de sincronização</translation>
        </message>
        <message>
            <source>&amp;Remove account…</source>
            <translation>&amp;Remover conta…</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Adicionar uma conta</translation>
        </message>
        <message>
            <source>Google Reader API (FreshRSS, Miniflux, Inoreader…)</source>
            <translation>API do Google Reader (FreshRSS, Miniflux, Inoreader…)</translation>
        </message>
        <message>
            <source>Fever API (FreshRSS, Miniflux, yarr…)</source>
            <translation>API do Fever (FreshRSS, Miniflux, yarr…)</translation>
        </message>
        <message>
            <source>&amp;Protocol:</source>
            <translation>&amp;Protocolo:</translation>
        </message>
        <message>
            <source>&amp;Server address:</source>
            <translation>Endereço do &amp;servidor:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Nome de &amp;usuário:</translation>
        </message>
        <message>
            <source>Pass&amp;word or API password:</source>
            <translation>Se&amp;nha ou senha da API:</translation>
        </message>
        <message>
            <source>https://reader.example.org/api/greader.php</source>
            <translation>https://reader.example.org/api/greader.php</translation>
        </message>
        <message>
            <source>Allow insecure http:// to another machine (the password travels unencrypted)</source>
            <translation>Permitir http:// inseguro para outro computador (a senha trafega sem criptografia)</translation>
        </message>
        <message>
            <source>Fever cannot subscribe or unsubscribe: add and remove feeds on the server's own pages; they arrive here with the next sync.</source>
            <translation>O Fever não permite assinar nem cancelar assinaturas: adicione e remova feeds nas páginas do próprio servidor; eles chegam aqui na próxima sincronização.</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Testar conexão</translation>
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation>&amp;Adicionar conta</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 em %2</translation>
        </message>
        <message>
            <source>Never synced</source>
            <translation>Nunca sincronizada</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Última sincronização: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%Ln alteração aguardando envio</numerusform>
                <numerusform>%Ln alterações aguardando envio</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync failed: %1</source>
            <translation>Falha na última sincronização: %1</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add feeds on the server.</source>
            <translation>O Fever não permite assinar: adicione os feeds no servidor.</translation>
        </message>
        <message>
            <source>Local: the feeds you subscribe to on this computer</source>
            <translation>Local: os feeds que você assina neste computador</translation>
        </message>
        <message>
            <source>Passwords are kept in the desktop keyring.</source>
            <translation>As senhas são guardadas no chaveiro da área de trabalho.</translation>
        </message>
        <message>
            <source>Passwords are kept in %1 (readable only by you).</source>
            <translation>As senhas são guardadas em %1 (somente você pode ler).</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Removing…</source>
            <translation>Removendo…</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Remover conta</translation>
        </message>
        <message>
            <source>Remove this account? Its feeds and articles leave this computer; nothing changes on the server.</source>
            <translation>Remover esta conta? Os feeds e artigos dela saem deste computador; nada muda no servidor.</translation>
        </message>
        <message>
            <source>Connection failed: %1</source>
            <translation>Falha na conexão: %1</translation>
        </message>
        <message>
            <source>The account was not added: %1</source>
            <translation>A conta não foi adicionada: %1</translation>
        </message>
        <message>
            <source>The account was not removed: %1</source>
            <translation>A conta não foi removida: %1</translation>
        </message>
        <message>
            <source>Connected: the server accepted the user name and password.</source>
            <translation>Conectado: o servidor aceitou o nome de usuário e a senha.</translation>
        </message>
        <message>
            <source>Account added. Use Feeds &gt; Sync accounts now to fetch its feeds and articles.</source>
            <translation>Conta adicionada. Use Feeds &gt; Sincronizar contas agora para buscar os feeds e artigos dela.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Conta removida.</translation>
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
            <translation>Procurando um feed…</translation>
        </message>
        <message>
            <source>Could not subscribe: %1</source>
            <translation>Não foi possível assinar: %1</translation>
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
            <translation>
                <numerusform>%Ln min</numerusform>
                <numerusform>%Ln min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%Ln h</numerusform>
                <numerusform>%Ln h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%Ln d</numerusform>
                <numerusform>%Ln d</numerusform>
            </translation>
        </message>
        <message>
            <source>read</source>
            <translation>lido</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>não lido</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>com estrela</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a row a screen reader says</comment>
            <translation>, </translation>
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
            <translation>Também em:</translation>
        </message>
        <message>
            <source>Reader view not available: the page is not an article.</source>
            <translation>Modo de leitura indisponível: a página não é um artigo.</translation>
        </message>
        <message>
            <source>Opened in your browser.</source>
            <translation>Aberto no navegador.</translation>
        </message>
        <message>
            <source>No web browser could be opened for this address.</source>
            <translation>Nenhum navegador pôde ser aberto para este endereço.</translation>
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
            <translation>Anexos</translation>
        </message>
        <message>
            <source>Audio</source>
            <translation>Áudio</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Vídeo</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagem</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Arquivo</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Reproduzir</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Baixar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Downloading: {}</source>
            <translation>Baixando: {}</translation>
        </message>
        <message>
            <source>Downloaded</source>
            <translation>Baixado</translation>
        </message>
        <message>
            <source>Download failed: {}</source>
            <translation>Falha no download: {}</translation>
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
            <translation>Este tipo de link não é aberto.</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Could not change the start with the session: %1</source>
            <translation>Não foi possível alterar a inicialização com a sessão: %1</translation>
        </message>
    </context>
    <context>
        <name>BackgroundBox</name>
        <message>
            <source>In the background</source>
            <translation>Em segundo plano</translation>
        </message>
        <message>
            <source>Closing the window keeps Broadsheet in the tray</source>
            <translation>Fechar a janela mantém o Broadsheet na bandeja do sistema</translation>
        </message>
        <message>
            <source>Start hidden in the tray</source>
            <translation>Iniciar oculto na bandeja do sistema</translation>
        </message>
        <message>
            <source>This desktop has no system tray: closing the window quits Broadsheet.</source>
            <translation>Esta área de trabalho não tem bandeja do sistema: fechar a janela encerra o Broadsheet.</translation>
        </message>
        <message>
            <source>Start with the session (not available here yet)</source>
            <translation>Iniciar com a sessão (ainda não disponível aqui)</translation>
        </message>
        <message>
            <source>Start with the desktop session</source>
            <translation>Iniciar com a sessão da área de trabalho</translation>
        </message>
        <message>
            <source>Notify about new articles</source>
            <translation>Notificar sobre novos artigos</translation>
        </message>
        <message>
            <source>Quiet hours from</source>
            <translation>Horário silencioso das</translation>
        </message>
        <message>
            <source>to</source>
            <translation>às</translation>
        </message>
    </context>
    <context>
        <name>Comforts</name>
        <message>
            <source>&amp;Undo mark all read</source>
            <translation>&amp;Desfazer marcar tudo como lido</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <source>Mark those articles unread again (Ctrl+Z)</source>
            <translation>Marcar esses artigos como não lidos novamente (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Unread again: %1</source>
            <translation>Não lidos novamente: %1</translation>
        </message>
    </context>
    <context>
        <name>EnclosureDownloads</name>
        <message>
            <source>No program could be opened for this file.</source>
            <translation>Nenhum programa pôde ser aberto para este arquivo.</translation>
        </message>
        <message>
            <source>Downloads are not possible: background work did not start.</source>
            <translation>Não é possível baixar: o trabalho em segundo plano não foi iniciado.</translation>
        </message>
        <message>
            <source>Downloading %1 to %2</source>
            <translation>Baixando %1 para %2</translation>
        </message>
        <message>
            <source>Downloading %1: %2</source>
            <translation>Baixando %1: %2</translation>
        </message>
        <message>
            <source>Downloaded to %1</source>
            <translation>Baixado em %1</translation>
        </message>
        <message>
            <source>Download cancelled.</source>
            <translation>Download cancelado.</translation>
        </message>
        <message>
            <source>Download failed: %1</source>
            <translation>Falha no download: %1</translation>
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
        <name>FeedNotify</name>
        <message>
            <source>Notifications:</source>
            <translation>Notificações:</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Como nas Configurações</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Sempre</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
    </context>
    <context>
        <name>FeedPickerDialog</name>
        <message>
            <source>Select all</source>
            <translation>Selecionar tudo</translation>
        </message>
        <message>
            <source>Select none</source>
            <translation>Desmarcar tudo</translation>
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
            <translation>Modo de leitura</translation>
        </message>
        <message>
            <source>Feed text</source>
            <translation>Texto do feed</translation>
        </message>
        <message>
            <source>Original page (in the browser)</source>
            <translation>Página original (no navegador)</translation>
        </message>
        <message>
            <source>Show articles as:</source>
            <translation>Mostrar artigos como:</translation>
        </message>
        <message>
            <source>Refresh:</source>
            <translation>Atualizar:</translation>
        </message>
        <message>
            <source>A number of read articles</source>
            <translation>Uma quantidade de artigos lidos</translation>
        </message>
        <message>
            <source>Read articles for some days</source>
            <translation>Artigos lidos por alguns dias</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Manter:</translation>
        </message>
        <message>
            <source>Unread and starred articles are always kept.</source>
            <translation>Artigos não lidos e com estrela são sempre mantidos.</translation>
        </message>
        <message>
            <source>Every hour</source>
            <translation>A cada hora</translation>
        </message>
        <message>
            <source>Every 2 hours</source>
            <translation>A cada 2 horas</translation>
        </message>
        <message>
            <source>Every 4 hours</source>
            <translation>A cada 4 horas</translation>
        </message>
        <message>
            <source>Every 12 hours</source>
            <translation>A cada 12 horas</translation>
        </message>
        <message>
            <source>Only when I ask</source>
            <translation>Só quando eu pedir</translation>
        </message>
        <message>
            <source>Every 15 minutes</source>
            <translation>A cada 15 minutos</translation>
        </message>
        <message>
            <source>Every 30 minutes</source>
            <translation>A cada 30 minutos</translation>
        </message>
        <message>
            <source>Once a day</source>
            <translation>Uma vez por dia</translation>
        </message>
        <message>
            <source>As in Settings</source>
            <translation>Como nas Configurações</translation>
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
            <translation> dias</translation>
        </message>
        <message>
            <source> articles</source>
            <translation> artigos</translation>
        </message>
    </context>
    <context>
        <name>FeedTreeModel</name>
        <message numerus="yes">
            <source>%n starred</source>
            <translation>
                <numerusform>%Ln com estrela</numerusform>
                <numerusform>%Ln com estrela</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%Ln não lido</numerusform>
                <numerusform>%Ln não lidos</numerusform>
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
            <translation>
                <numerusform>%v de %Ln feed</numerusform>
                <numerusform>%v de %Ln feeds</numerusform>
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
            <translation>Podcasts</translation>
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
            <translation>
                <numerusform>Tamanho do texto: %Ln px</numerusform>
                <numerusform>Tamanho do texto: %Ln px</numerusform>
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
            <translation>Não foi possível buscar essa edição do artigo.</translation>
        </message>
        <message>
            <source>Reader view.</source>
            <translation>Modo de leitura.</translation>
        </message>
        <message>
            <source>Feed text.</source>
            <translation>Texto do feed.</translation>
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
            <translation>Nenhum navegador pôde ser aberto para este endereço.</translation>
        </message>
    </context>
    <context>
        <name>Notify</name>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln artigo novo</numerusform>
                <numerusform>%Ln artigos novos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched your rules: %1</source>
            <translation>
                <numerusform>%Ln corresponde às suas regras: %1</numerusform>
                <numerusform>%Ln correspondem às suas regras: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 e mais %Ln</numerusform>
                <numerusform>%1 e mais %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n feed(s): %1</source>
            <translation>
                <numerusform>em %Ln feed: %1</numerusform>
                <numerusform>em %Ln feeds: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
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
            <translation>
                <numerusform>%Ln artigo recuperado. O arquivo danificado foi mantido como %1.</numerusform>
                <numerusform>%Ln artigos recuperados. O arquivo danificado foi mantido como %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n subscriptions</source>
            <translation>
                <numerusform>%Ln assinatura</numerusform>
                <numerusform>%Ln assinaturas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n folders</source>
            <translation>
                <numerusform>%Ln pasta</numerusform>
                <numerusform>%Ln pastas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n articles</source>
            <translation>
                <numerusform>%Ln artigo</numerusform>
                <numerusform>%Ln artigos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n read or starred marks</source>
            <translation>
                <numerusform>%Ln marca de lido ou estrela</numerusform>
                <numerusform>%Ln marcas de lido ou estrela</numerusform>
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
            <translation>Buscando os novos artigos…</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Artigos %v de %m</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln novo artigo</numerusform>
                <numerusform>%Ln novos artigos</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh cancelled: %1 kept.</source>
            <translation>Atualização cancelada: %1 mantido.</translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) updated</source>
            <translation>
                <numerusform>%Ln feed atualizado</numerusform>
                <numerusform>%Ln feeds atualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) unchanged</source>
            <translation>
                <numerusform>%Ln feed sem alterações</numerusform>
                <numerusform>%Ln feeds sem alterações</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feed(s) failed (see the marked feeds)</source>
            <translation>
                <numerusform>%Ln feed falhou (veja os feeds marcados)</numerusform>
                <numerusform>%Ln feeds falharam (veja os feeds marcados)</numerusform>
            </translation>
        </message>
        <message>
            <source>Refresh done: %1.</source>
            <translation>Atualização concluída: %1.</translation>
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
            <translation>Este computador</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Conta:</translation>
        </message>
        <message>
            <source>Fever cannot subscribe: add the feed on the server's own web page; it arrives here with the next sync.</source>
            <translation>O Fever não permite assinar: adicione o feed na própria página web do servidor; ele chegará aqui na próxima sincronização.</translation>
        </message>
        <message>
            <source>Fever cannot rename, move or unsubscribe a feed: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>O Fever não permite renomear, mover ou cancelar a assinatura de um feed: faça isso na própria página web do servidor; a mudança chegará aqui na próxima sincronização.</translation>
        </message>
        <message>
            <source>Fever cannot rename or remove a folder: do that on the server's own web page; the change arrives here with the next sync.</source>
            <translation>O Fever não permite renomear nem remover uma pasta: faça isso na própria página web do servidor; a mudança chegará aqui na próxima sincronização.</translation>
        </message>
        <message>
            <source>Changing the subscription on the server…</source>
            <translation>Alterando a assinatura no servidor…</translation>
        </message>
        <message>
            <source>The server did not make the change: %1</source>
            <translation>O servidor não fez a alteração: %1</translation>
        </message>
        <message>
            <source>Done on the server, and synced.</source>
            <translation>Feito no servidor e sincronizado.</translation>
        </message>
    </context>
    <context>
        <name>RulesDialog</name>
        <message>
            <source>Rules</source>
            <translation>Regras</translation>
        </message>
        <message>
            <source>New rule</source>
            <translation>Nova regra</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Excluir</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Title or text</source>
            <translation>Título ou texto</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Feed name</source>
            <translation>Nome do feed</translation>
        </message>
        <message>
            <source>Contains the words</source>
            <translation>Contém as palavras</translation>
        </message>
        <message>
            <source>Matches the regular expression</source>
            <translation>Corresponde à expressão regular</translation>
        </message>
        <message>
            <source>For example: football transfer*</source>
            <translation>Por exemplo: futebol transferência*</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Look at:</source>
            <translation>Procurar em:</translation>
        </message>
        <message>
            <source>How:</source>
            <translation>Como:</translation>
        </message>
        <message>
            <source>Pattern:</source>
            <translation>Padrão:</translation>
        </message>
        <message>
            <source>Then:</source>
            <translation>Então:</translation>
        </message>
        <message>
            <source>Active for new articles</source>
            <translation>Ativa para novos artigos</translation>
        </message>
        <message>
            <source>Mark read</source>
            <translation>Marcar como lido</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Adicionar estrela</translation>
        </message>
        <message>
            <source>Hide (never listed)</source>
            <translation>Ocultar (nunca listar)</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etiqueta:</translation>
        </message>
        <message>
            <source>Notify</source>
            <translation>Notificar</translation>
        </message>
        <message>
            <source>Apply to existing articles</source>
            <translation>Aplicar aos artigos existentes</translation>
        </message>
        <message>
            <source>Save rule</source>
            <translation>Salvar regra</translation>
        </message>
        <message>
            <source>%1 (off)</source>
            <translation>%1 (desativada)</translation>
        </message>
        <message>
            <source>Type words or a pattern to see what it matches.</source>
            <translation>Digite palavras ou um padrão para ver o que corresponde.</translation>
        </message>
        <message>
            <source>This rule cannot work: %1</source>
            <translation>Esta regra não pode funcionar: %1</translation>
        </message>
        <message>
            <source>Stored articles it matches: %1</source>
            <translation>Artigos armazenados correspondentes: %1</translation>
        </message>
        <message>
            <source>Of the newest %2 articles, it matches: %1</source>
            <translation>Dos %2 artigos mais recentes, corresponde a: %1</translation>
        </message>
        <message>
            <source>The pattern is too slow on some articles: they are skipped.</source>
            <translation>O padrão é lento demais em alguns artigos: eles são ignorados.</translation>
        </message>
        <message>
            <source>Saved. It acts on articles as they arrive.</source>
            <translation>Salva. Ela age sobre os artigos conforme chegam.</translation>
        </message>
        <message>
            <source>Applied. Articles it matched: %1</source>
            <translation>Aplicada. Artigos correspondentes: %1</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Aplicando…</translation>
        </message>
        <message>
            <source>Apply rule</source>
            <translation>Aplicar regra</translation>
        </message>
        <message>
            <source>Delete rule</source>
            <translation>Excluir regra</translation>
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
            <source>High contrast</source>
            <translation>Alto contraste</translation>
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
            <translation>Idioma dos artigos:</translation>
        </message>
        <message>
            <source>Same as the interface</source>
            <translation>O mesmo da interface</translation>
        </message>
        <message>
            <source>Original (as published)</source>
            <translation>Original (como publicado)</translation>
        </message>
        <message>
            <source>Articles are shown in this language when their site publishes it.</source>
            <translation>Os artigos são exibidos neste idioma quando o site os publica nele.</translation>
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
            <source>Delay before marking read</source>
            <translation>Intervalo antes de marcar como lido</translation>
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
            <translation>Pasta de downloads:</translation>
        </message>
        <message>
            <source>The council voted on Tuesday to build a floating solar farm on the reservoir.</source>
            <translation>A câmara municipal votou na terça-feira a construção de uma usina solar flutuante no reservatório.</translation>
        </message>
        <message>
            <source>Downloads folder</source>
            <translation>Pasta de downloads</translation>
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
            <translation>
                <numerusform>%Ln assinatura adicionada</numerusform>
                <numerusform>%Ln assinaturas adicionadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%Ln já existia</numerusform>
                <numerusform>%Ln já existiam</numerusform>
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
            <translation>Uma atualização ou sincronização já está em andamento.</translation>
        </message>
        <message>
            <source>No sync accounts yet: add one with File &gt; Sync accounts…</source>
            <translation>Ainda não há contas de sincronização: adicione uma em Arquivo &gt; Contas de sincronização…</translation>
        </message>
        <message>
            <source>Background work could not start.</source>
            <translation>Não foi possível iniciar o trabalho em segundo plano.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Cancel sync</source>
            <translation>Cancelar sincronização</translation>
        </message>
        <message>
            <source>Sending changes %v of %m</source>
            <translation>Enviando alterações %v de %m</translation>
        </message>
        <message>
            <source>Articles %v of %m</source>
            <translation>Artigos %v de %m</translation>
        </message>
        <message>
            <source>Pages %v of %m</source>
            <translation>Páginas %v de %m</translation>
        </message>
        <message>
            <source>Fetching the new articles…</source>
            <translation>Buscando os novos artigos…</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Falha na sincronização: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%Ln novo artigo</numerusform>
                <numerusform>%Ln novos artigos</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync cancelled: %1 kept.</source>
            <translation>Sincronização cancelada: %1 mantido.</translation>
        </message>
        <message>
            <source>Sync of %1 failed: %2</source>
            <translation>Falha na sincronização de %1: %2</translation>
        </message>
        <message>
            <source>Sync done: %1.</source>
            <translation>Sincronização concluída: %1.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Open Broadsheet</source>
            <translation>Abrir o Broadsheet</translation>
        </message>
        <message>
            <source>Refresh now</source>
            <translation>Atualizar agora</translation>
        </message>
        <message>
            <source>Mark all read</source>
            <translation>Marcar tudo como lido</translation>
        </message>
        <message>
            <source>Pause notifications</source>
            <translation>Pausar notificações</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message numerus="yes">
            <source>Broadsheet: %n unread</source>
            <translation>
                <numerusform>Broadsheet: %Ln não lido</numerusform>
                <numerusform>Broadsheet: %Ln não lidos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Newest first</source>
            <translation>Mais recentes primeiro</translation>
        </message>
        <message>
            <source>Oldest first</source>
            <translation>Mais antigos primeiro</translation>
        </message>
        <message>
            <source>By title</source>
            <translation>Por título</translation>
        </message>
        <message>
            <source>By feed</source>
            <translation>Por feed</translation>
        </message>
        <message>
            <source>By author</source>
            <translation>Por autor</translation>
        </message>
        <message>
            <source>S&amp;ort articles</source>
            <translation>&amp;Ordenar artigos</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>Somente &amp;não lidos</translation>
        </message>
        <message>
            <source>Save this search as a &amp;view…</source>
            <translation>Salvar esta pesquisa como &amp;visualização…</translation>
        </message>
        <message>
            <source>&amp;Tag…</source>
            <translation>&amp;Etiquetar…</translation>
        </message>
        <message>
            <source>R&amp;ules…</source>
            <translation>Re&amp;gras…</translation>
        </message>
        <message>
            <source>Remember the view</source>
            <translation>Lembrar a visualização</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Salvar pesquisa</translation>
        </message>
        <message>
            <source>Name of the view:</source>
            <translation>Nome da visualização:</translation>
        </message>
        <message>
            <source>Search saved as a view.</source>
            <translation>Pesquisa salva como visualização.</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Tag:</source>
            <translation>Etiqueta:</translation>
        </message>
        <message>
            <source>Tagged “%1”.</source>
            <translation>Etiquetado como “%1”.</translation>
        </message>
        <message>
            <source>Remove view</source>
            <translation>Remover visualização</translation>
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
            <translation>&amp;Modo de leitura</translation>
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
            <translation>S&amp;incronizar contas agora</translation>
        </message>
        <message>
            <source>Sync a&amp;ccounts…</source>
            <translation>&amp;Contas de sincronização…</translation>
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
            <translation>Alternar o artigo entre o modo de leitura e o texto do feed (V)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barra de ferramentas</translation>
        </message>
    </context>
</TS>
