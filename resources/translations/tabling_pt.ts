<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="69"/>
        <source>Update legislators…</source>
        <translation>Atualizar legisladores…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="71"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="76"/>
        <source>Also download the district maps (they change once a decade)</source>
        <translation>Baixar também os mapas dos distritos (mudam uma vez por década)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="83"/>
        <source>What the update changed</source>
        <translation>O que a atualização mudou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="99"/>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="99"/>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="100"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>Legislators as of %1 (%2)</source>
        <translation>Legisladores em %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="108"/>
        <source>This list is more than %1 days old: some members may have changed. Update it while the laptop is online.</source>
        <translation>Esta lista tem mais de %1 dias: alguns membros podem ter mudado. Atualize-a quando o computador estiver on-line.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="126"/>
        <source>Starting the update…</source>
        <translation>Iniciando a atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="156"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="170"/>
        <source>Updating the waiting letters and emails…</source>
        <translation>Atualizando as cartas e os e-mails pendentes…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="183"/>
        <source>The waiting letters and emails could not be re-targeted (%1); update again to retry.</source>
        <translation>Não foi possível redirecionar as cartas e os e-mails pendentes (%1); atualize de novo para tentar outra vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="194"/>
        <source>The legislators are up to date.</source>
        <translation>Os legisladores estão atualizados.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="207"/>
        <source>Cancelled: the legislators&apos; data was not changed.</source>
        <translation>Cancelado: os dados dos legisladores não foram alterados.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="215"/>
        <source>The update stopped (%1); the legislators&apos; data was not changed.</source>
        <translation>A atualização parou (%1); os dados dos legisladores não foram alterados.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="40"/>
        <source>Correct a sign-up</source>
        <translation>Corrigir um cadastro</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../desktop/signin/fields.py" line="55"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="57"/>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="59"/>
        <source>Street address</source>
        <translation>Endereço (número e rua)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="62"/>
        <source>Town, neighbourhood or ZIP code</source>
        <translation>Cidade, bairro ou código postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="65"/>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="67"/>
        <source>Email (optional)</source>
        <translation>E-mail (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="69"/>
        <source>Phone (optional)</source>
        <translation>Telefone (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="73"/>
        <source>A note for the letter</source>
        <translation>Uma nota para a carta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="135"/>
        <source>Ward and precinct</source>
        <translation>Ward e seção eleitoral</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="136"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="145"/>
        <source>Email my legislators in my name</source>
        <translation>Enviar um e-mail aos meus legisladores em meu nome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="146"/>
        <source>Print a letter for me to sign</source>
        <translation>Imprimir uma carta para eu assinar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="147"/>
        <source>Email me updates</source>
        <translation>Enviem-me novidades por e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="148"/>
        <source>Text me updates</source>
        <translation>Enviem-me novidades por mensagem de texto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="153"/>
        <location filename="../../desktop/gui/pages/signin_form.py" line="159"/>
        <source>Choose ward and precinct</source>
        <translation>Escolha o ward e a seção</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="163"/>
        <source>Precinct %1</source>
        <translation>Seção %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="165"/>
        <source>Ward %1, precinct %2</source>
        <translation>Ward %1, seção %2</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <location filename="../../desktop/gui/widgets/idle.py" line="88"/>
        <source>Still there? This form clears in %1 seconds. Touch any key to keep it.</source>
        <translation>Você ainda está aí? Este formulário será apagado em %1 segundos. Toque em qualquer tecla para mantê-lo.</translation>
    </message>
</context>
<context>
    <name>LegislatorsCard</name>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="47"/>
        <source>not decided yet</source>
        <translation>ainda não definido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="49"/>
        <source>vacant: this seat has no member now</source>
        <translation>vago: ninguém ocupa este cargo agora</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="52"/>
        <source>Democratic</source>
        <translation>Democrata</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="53"/>
        <source>Republican</source>
        <translation>Republicano</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="54"/>
        <source>Independent</source>
        <translation>Independente</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="55"/>
        <source>Unenrolled</source>
        <translation>Sem partido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="60"/>
        <source>Phone: %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="62"/>
        <source>Email: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="64"/>
        <source>State House, room %1</source>
        <translation>State House, sala %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="69"/>
        <source>Your legislators</source>
        <translation>Seus legisladores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="71"/>
        <source>Type your town, neighbourhood or ZIP code to see them.</source>
        <translation>Digite sua cidade, bairro ou código postal para ver quem são.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="77"/>
        <source>State Representative</source>
        <translation>Representante estadual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="79"/>
        <source>State Senator</source>
        <translation>Senador(a) estadual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="83"/>
        <source>This name covers several towns (%1). Please type your town.</source>
        <translation>Esse nome corresponde a várias cidades (%1). Por favor, digite a sua cidade.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="90"/>
        <source>%1 is split between districts. Choose your ward and precinct below, or tell the volunteer your street address.</source>
        <translation>%1 fica em mais de um distrito. Escolha abaixo o seu ward e a sua seção, ou diga o seu endereço a um voluntário.</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../../desktop/gui/widgets/note_box.py" line="50"/>
        <source>%1 characters left</source>
        <translation>Restam %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/note_box.py" line="58"/>
        <source>A few words of your own for your letter (optional)</source>
        <translation>Algumas palavras suas para a sua carta (opcional)</translation>
    </message>
</context>
<context>
    <name>ProblemMessages</name>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="17"/>
        <source>Please fill this in.</source>
        <translation>Por favor, preencha este campo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="18"/>
        <source>This is too long.</source>
        <translation>Isto está muito longo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="19"/>
        <source>This email address does not look right.</source>
        <translation>Este e-mail não parece estar certo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="21"/>
        <source>Our mail cannot be sent to an address with accented or non-Latin letters before the @. Please use another address, or leave it empty.</source>
        <translation>Nosso e-mail não pode ser enviado para um endereço com letras acentuadas ou não latinas antes do @. Use outro endereço ou deixe em branco.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="23"/>
        <source>This phone number does not look right.</source>
        <translation>Este número de telefone não parece estar certo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="24"/>
        <source>We do not know this town, neighbourhood or ZIP code.</source>
        <translation>Não reconhecemos esta cidade, bairro ou código postal.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="25"/>
        <source>This place is not in Massachusetts.</source>
        <translation>Este lugar não fica em Massachusetts.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="27"/>
        <source>Please add your email, so your legislators can write back to you.</source>
        <translation>Por favor, coloque o seu e-mail para que os seus legisladores possam responder a você.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="30"/>
        <source>Please add your email, so we can send you updates.</source>
        <translation>Escreva seu e-mail para podermos enviar novidades.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="33"/>
        <source>Please add your phone number, so we can text you updates.</source>
        <translation>Escreva seu número de telefone para podermos enviar novidades por mensagem de texto.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="35"/>
        <source>This ward and precinct are not in that town.</source>
        <translation>Esse ward e essa seção não ficam nessa cidade.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="39"/>
        <source>Did you mean: %1?</source>
        <translation>Você quis dizer: %1?</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="113"/>
        <source>Reading aloud is not available on this computer.</source>
        <translation>A leitura em voz alta não está disponível neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="116"/>
        <source>This computer has no voice for %1: nothing was read.</source>
        <translation>Este computador não tem voz em %1: nada foi lido.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="130"/>
        <source>This computer has no voice for %1: reading in %2.</source>
        <translation>Este computador não tem voz em %1: lendo em %2.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="77"/>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="81"/>
        <source>Choose ward and precinct</source>
        <translation>Escolher ward e seção</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="79"/>
        <source>Ward and precinct in %1</source>
        <translation>Ward e seção em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="94"/>
        <source>Where in %1 does this person live?</source>
        <translation>Em que parte de %1 esta pessoa mora?</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="54"/>
        <source>Set up the tabling app</source>
        <translation>Configurar o aplicativo da mesa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="54"/>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="62"/>
        <source>Organizer passphrase</source>
        <translation>Frase-senha do organizador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="66"/>
        <source>Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe.</source>
        <translation>Os cadastros ficam trancados com esta frase-senha. Sem ela, ninguém, nem mesmo você, consegue lê-los. Use algumas palavras sem relação entre si e guarde-a em lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="72"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="73"/>
        <source>The same again</source>
        <translation>Repita a frase-senha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="80"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="90"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="91"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="92"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="93"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="100"/>
        <source>Actions offered</source>
        <translation>Ações oferecidas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="102"/>
        <source>Printed letter</source>
        <translation>Carta impressa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="103"/>
        <source>Email in the signer&apos;s name</source>
        <translation>E-mail em nome de quem assina</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="104"/>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="109"/>
        <source>Languages offered</source>
        <translation>Idiomas oferecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="117"/>
        <source>Start signing people in</source>
        <translation>Começar a cadastrar pessoas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="157"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-senha não são iguais.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="162"/>
        <source>Setting up…</source>
        <translation>Configurando…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="43"/>
        <source>Import paper sign-in sheets</source>
        <translation>Importar folhas de inscrição em papel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="43"/>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="50"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="50"/>
        <source>Export the sign-ups</source>
        <translation>Exportar as inscrições</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="59"/>
        <source>Unlock the view to export.</source>
        <translation>Desbloqueie a tela para exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="68"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="74"/>
        <source>Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served.</source>
        <translation>%1 inscrições gravadas em %2. O arquivo tem nomes e endereços: guarde-o com cuidado e apague-o quando não servir mais.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="79"/>
        <source>Could not export: %1</source>
        <translation>Não foi possível exportar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="91"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="96"/>
        <source>Could not import: %1</source>
        <translation>Não foi possível importar: %1</translation>
    </message>
</context>
<context>
    <name>SigninPage</name>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="222"/>
        <source>Type your name and town, then press Sign in.</source>
        <translation>Digite seu nome e sua cidade e depois toque em Registrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="238"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="255"/>
        <source>This could not be saved. Nothing you typed is lost: please try again, or ask the volunteer.</source>
        <translation>Não foi possível salvar. Nada do que você digitou foi perdido: por favor, tente de novo ou peça ajuda a um voluntário.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="296"/>
        <source>Sign in to ask your legislators for the Safe Communities Act</source>
        <translation>Cadastre-se para pedir aos seus legisladores que apoiem a Lei de Comunidades Seguras</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="298"/>
        <location filename="../../desktop/gui/pages/signin.py" line="304"/>
        <source>Sign in</source>
        <translation>Cadastrar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="299"/>
        <source>Read aloud (F2)</source>
        <translation>Ler em voz alta (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="300"/>
        <source>Read aloud</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="302"/>
        <source>Reads this screen aloud in the language chosen above</source>
        <translation>Lê esta tela em voz alta no idioma escolhido acima</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="100"/>
        <source>Unlock the volunteer view to send.</source>
        <translation>Desbloqueie a tela dos voluntários para enviar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="151"/>
        <source>Sync stopped: %1</source>
        <translation>O envio parou: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="155"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="156"/>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="157"/>
        <source>Offline</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="160"/>
        <source>%1 · %2 to send</source>
        <translation>%1 · %2 para enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="162"/>
        <source>Sync now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="164"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="164"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="83"/>
        <source>State Representative</source>
        <translation>Representante estadual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="83"/>
        <source>State Senator</source>
        <translation>Senador(a) estadual</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="169"/>
        <source>Printing your letters…</source>
        <translation>Imprimindo suas cartas…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="170"/>
        <source>Printed. Please sign your letters before you go.</source>
        <translation>Impresso. Por favor, assine suas cartas antes de sair.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="171"/>
        <source>The letters did not print: %1</source>
        <translation>As cartas não foram impressas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="176"/>
        <source>Some characters could not be printed: %1</source>
        <translation>Alguns caracteres não puderam ser impressos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="181"/>
        <source>Print again</source>
        <translation>Imprimir de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="182"/>
        <source>Skip printing</source>
        <translation>Pular impressão</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="185"/>
        <source>Print a card with your legislators&apos; phone numbers</source>
        <translation>Imprimir um cartão com os telefones dos seus legisladores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="111"/>
        <source>Waiting for the letters: this screen stays open.</source>
        <translation>Aguardando as cartas: esta tela continua aberta.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="116"/>
        <source>This screen closes in %1 seconds.</source>
        <translation>Esta tela fecha em %1 segundos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="167"/>
        <source>Your letters are saved. A volunteer will print them for you to sign.</source>
        <translation>Suas cartas estão salvas. Um voluntário vai imprimi-las para você assinar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="207"/>
        <source>Your town is split between districts. A volunteer will confirm your district, then your letters and emails will go to the right legislators.</source>
        <translation>Sua cidade fica em mais de um distrito. Um voluntário vai confirmar o seu distrito e depois as suas cartas e e-mails vão para os legisladores certos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="213"/>
        <source>Your email to your legislators will be sent in your name as soon as we are online.</source>
        <translation>O seu e-mail para os seus legisladores será enviado em seu nome assim que tivermos internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="219"/>
        <source>One of your seats is vacant right now, so there is nothing to send there yet.</source>
        <translation>No momento, um dos seus cargos no legislativo está vago, então ainda não há para quem enviar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="223"/>
        <source>We will keep you informed.</source>
        <translation>Vamos enviar notícias para você.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="227"/>
        <source>Next person</source>
        <translation>Próxima pessoa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="239"/>
        <source>Thank you!</source>
        <translation>Muito obrigado!</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="257"/>
        <source>Call your legislators:</source>
        <translation>Ligue para os seus legisladores:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="261"/>
        <source>What to say:</source>
        <translation>O que dizer:</translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="112"/>
        <source>Event counts</source>
        <translation>Números do evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="117"/>
        <source>Emails to legislators include those waiting for a split town&apos;s district. The status bar counts every message ready to leave now, confirmations and Action Network records too.</source>
        <translation>Os e-mails aos legisladores incluem os que aguardam o distrito de uma cidade dividida. A barra de status conta todas as mensagens prontas para sair agora, também as confirmações e os registros do Action Network.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="123"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="328"/>
        <source>Sign-ups</source>
        <translation>Inscrições</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="125"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="128"/>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="131"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="136"/>
        <source>Back to sign-in</source>
        <translation>Voltar à inscrição</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="172"/>
        <source>Organizer passphrase</source>
        <translation>Frase-senha do organizador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="174"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="180"/>
        <source>Sign-ups are locked. Type the organizer passphrase to see them.</source>
        <translation>As inscrições estão bloqueadas. Digite a frase-senha do organizador para vê-las.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="198"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="211"/>
        <source>Unlocking: re-sealing earlier sign-ups, %1 of %2…</source>
        <translation>Desbloqueando: selando de novo inscrições anteriores, %1 de %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="250"/>
        <source>Looking up the pending sign-ups&apos; street addresses…</source>
        <translation>Buscando os endereços das inscrições pendentes…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="267"/>
        <source>Could not unlock: %1</source>
        <translation>Não foi possível desbloquear: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="287"/>
        <source>Locked after a while without use. Type the passphrase again.</source>
        <translation>Bloqueado após um tempo sem uso. Digite a frase-senha de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="314"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="315"/>
        <source>Search sign-ups</source>
        <translation>Buscar inscrições</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="320"/>
        <source>Pending only</source>
        <translation>Só pendentes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="321"/>
        <source>Show only sign-ups whose districts are still open</source>
        <translation>Mostrar só as inscrições cujos distritos ainda não foram decididos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="342"/>
        <source>Correct…</source>
        <translation>Corrigir…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="343"/>
        <source>Choose ward and precinct…</source>
        <translation>Escolher distrito e seção eleitoral…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="344"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="345"/>
        <source>Look up pending addresses</source>
        <translation>Buscar endereços pendentes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="346"/>
        <source>Import paper sheets…</source>
        <translation>Importar folhas de papel…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="347"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="348"/>
        <source>Sending settings…</source>
        <translation>Configurações de envio…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="349"/>
        <source>Kiosk settings…</source>
        <translation>Configurações do quiosque…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="350"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="398"/>
        <source>Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4</source>
        <translation>Inscrições: %1    Pendentes: %2    Cartas: %3    E-mails aos legisladores não enviados: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="407"/>
        <source>Letters without a street address: %1</source>
        <translation>Cartas sem endereço: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="415"/>
        <source>Choose a sign-up in the table first.</source>
        <translation>Primeiro escolha uma inscrição na tabela.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="433"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="442"/>
        <source>This sign-up&apos;s districts are already decided.</source>
        <translation>Os distritos desta inscrição já estão decididos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="454"/>
        <source>Resolved: its letters and emails can go now.</source>
        <translation>Resolvido: as cartas e os e-mails já podem sair.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="456"/>
        <source>Still not decided.</source>
        <translation>Ainda não decidido.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="473"/>
        <source>Delete sign-up</source>
        <translation>Excluir inscrição</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="474"/>
        <source>Delete the sign-up of %1? Its letters and emails are dropped too.</source>
        <translation>Excluir a inscrição de %1? As cartas e os e-mails também são descartados.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="481"/>
        <source>Deleted.</source>
        <translation>Excluído.</translation>
    </message>
</context>
</TS>
