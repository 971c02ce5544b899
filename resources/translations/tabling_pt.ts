<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="43"/>
        <source>Change the organizer passphrase</source>
        <translation>Alterar a frase-senha do organizador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="47"/>
        <source>Sign-ups stay locked as they are; from now on they open with the new passphrase only. Tell the new one to whoever needs it, and keep it safe.</source>
        <translation>Os registros continuam protegidos como estão; a partir de agora só abrem com a nova frase-senha. Informe a nova frase-senha a quem precisar e guarde-a em segurança.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="51"/>
        <source>Current passphrase</source>
        <translation>Frase-senha atual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="52"/>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="53"/>
        <source>The new one again</source>
        <translation>A nova de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="68"/>
        <source>Change passphrase</source>
        <translation>Alterar frase-senha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="99"/>
        <source>Type the current passphrase.</source>
        <translation>Digite a frase-senha atual.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="107"/>
        <source>The two new passphrases differ.</source>
        <translation>As duas frases-senha novas não são iguais.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="111"/>
        <source>Changing the passphrase…</source>
        <translation>Alterando a frase-senha…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="126"/>
        <source>This is not the current passphrase. Nothing was changed.</source>
        <translation>Esta não é a frase-senha atual. Nada foi alterado.</translation>
    </message>
</context>
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
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="77"/>
        <source>With the district maps</source>
        <translation>Com os mapas dos distritos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="78"/>
        <source>Also download the district maps (they change once a decade)</source>
        <translation>Baixar também os mapas dos distritos (mudam uma vez por década)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="84"/>
        <source>What the update changed</source>
        <translation>O que a atualização mudou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="102"/>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="102"/>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="106"/>
        <source>Legislators as of %1 (%2)</source>
        <translation>Legisladores em %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="111"/>
        <source>This list is more than %1 days old: some members may have changed. Update it while the laptop is online.</source>
        <translation>Esta lista tem mais de %1 dias: alguns membros podem ter mudado. Atualize-a quando o computador estiver on-line.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="129"/>
        <source>Starting the update…</source>
        <translation>Iniciando a atualização…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="159"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="173"/>
        <source>Updating the waiting letters and emails…</source>
        <translation>Atualizando as cartas e os e-mails pendentes…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="186"/>
        <source>The waiting letters and emails could not be re-targeted (%1); update again to retry.</source>
        <translation>Não foi possível redirecionar as cartas e os e-mails pendentes (%1); atualize de novo para tentar outra vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="197"/>
        <source>The legislators are up to date.</source>
        <translation>Os legisladores estão atualizados.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="210"/>
        <source>Cancelled: the legislators&apos; data was not changed.</source>
        <translation>Cancelado: os dados dos legisladores não foram alterados.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="218"/>
        <source>The update stopped (%1); the legislators&apos; data was not changed.</source>
        <translation>A atualização parou (%1); os dados dos legisladores não foram alterados.</translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="39"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="40"/>
        <source>Member</source>
        <translation>Parlamentar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="41"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="42"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="43"/>
        <source>Stack</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="44"/>
        <source>Delivered</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="69"/>
        <source>Stack code</source>
        <translation>Código do pacote</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="70"/>
        <source>Scan or type a cover sheet&apos;s code</source>
        <translation>Escaneie ou digite o código de uma folha de rosto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="77"/>
        <source>Your initials (optional)</source>
        <translation>Suas iniciais (opcional)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="82"/>
        <source>Undo last scan</source>
        <translation>Desfazer a última leitura</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="86"/>
        <source>Show delivered stacks too</source>
        <translation>Mostrar também os pacotes entregues</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="94"/>
        <source>Stacks to deliver</source>
        <translation>Pacotes a entregar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="99"/>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="105"/>
        <source>Your initials (optional):</source>
        <translation>Suas iniciais (opcional):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="118"/>
        <source>As each stack is left at its office, scan the code on its cover sheet (or type it and press Enter).</source>
        <translation>Ao deixar cada pacote no gabinete, escaneie o código da folha de rosto (ou digite-o e tecle Enter).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="149"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="165"/>
        <source>No stacks yet: print the letters by office in the Letters tab.</source>
        <translation>Ainda não há pacotes: imprima as cartas por gabinete na aba Cartas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="169"/>
        <source>%1 of %2 stacks still to deliver (%n letters).</source>
        <translation>
            <numerusform>Faltam entregar %1 de %2 pacotes (%n carta).</numerusform>
            <numerusform>Faltam entregar %1 de %2 pacotes (%n cartas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="200"/>
        <source>Delivered: %1, room %2, %n letters.</source>
        <translation>
            <numerusform>Entregue: %1, sala %2, %n carta.</numerusform>
            <numerusform>Entregue: %1, sala %2, %n cartas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="206"/>
        <source>Already delivered: %1, at %2 by %3.</source>
        <translation>Já entregue: %1, às %2 por %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="214"/>
        <source>%1 is a letter&apos;s code: scan the cover sheet on top of the stack (its code begins with S-).</source>
        <translation>%1 é o código de uma carta: escaneie a folha de rosto em cima do pacote (o código dela começa com S-).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="220"/>
        <source>No stack %1 is known here: it was never marked printed, or was printed on a laptop not synced with this one.</source>
        <translation>Nenhum pacote %1 é conhecido aqui: nunca foi marcado como impresso, ou foi impresso num computador não sincronizado com este.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="225"/>
        <source>%1 is not a stack&apos;s code (they look like S-K7QX-M2PA).</source>
        <translation>%1 não é o código de um pacote (eles são assim: S-K7QX-M2PA).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="246"/>
        <source>Undone: %1 is still to deliver.</source>
        <translation>Desfeito: %1 ainda falta entregar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="257"/>
        <source>Something went wrong: %1</source>
        <translation>Algo deu errado: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="41"/>
        <source>the same name, nothing else to compare</source>
        <translation>o mesmo nome, nada mais para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="42"/>
        <source>the same email address, another name</source>
        <translation>o mesmo e-mail, outro nome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="43"/>
        <source>the same phone number, another name</source>
        <translation>o mesmo telefone, outro nome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="44"/>
        <source>very similar names at the same address</source>
        <translation>nomes muito parecidos no mesmo endereço</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="45"/>
        <source>the same name and email</source>
        <translation>o mesmo nome e e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="46"/>
        <source>the same name and phone</source>
        <translation>o mesmo nome e telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="47"/>
        <source>the same name and address</source>
        <translation>o mesmo nome e endereço</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="48"/>
        <source>merged by a volunteer</source>
        <translation>unido por um voluntário</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="51"/>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="52"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="53"/>
        <source>email updates</source>
        <translation>novidades por e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="54"/>
        <source>text updates</source>
        <translation>novidades por SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="70"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="75"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="77"/>
        <source>Street address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="79"/>
        <source>Town:</source>
        <translation>Cidade:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="81"/>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="82"/>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="83"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="84"/>
        <source>Asked for:</source>
        <translation>Pediu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="85"/>
        <source>Signed in:</source>
        <translation>Inscrição:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="123"/>
        <source>Possible duplicates</source>
        <translation>Possíveis duplicados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="125"/>
        <source>Later sign-in</source>
        <translation>Inscrição posterior</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="126"/>
        <source>Earlier sign-in</source>
        <translation>Inscrição anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="127"/>
        <source>Merge into the earlier one</source>
        <translation>Unir à anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="129"/>
        <source>Keep apart: two people</source>
        <translation>Manter separados: duas pessoas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="132"/>
        <source>Merged sign-ups</source>
        <translation>Inscrições unidas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="134"/>
        <source>Split back into two</source>
        <translation>Separar de novo em duas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="156"/>
        <source>Merged sign-ups (the newest merge of a sign-up can be split):</source>
        <translation>Inscrições unidas (a união mais recente de uma inscrição pode ser desfeita):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="197"/>
        <source>%n possible duplicate(s) to decide. Nothing is merged until you choose; the kiosk never tells a signer that someone like them signed in.</source>
        <translation>
            <numerusform>%n possível duplicado para decidir. Nada é unido até você escolher; o quiosque nunca diz a ninguém que alguém parecido se inscreveu.</numerusform>
            <numerusform>%n possíveis duplicados para decidir. Nada é unido até você escolher; o quiosque nunca diz a ninguém que alguém parecido se inscreveu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="202"/>
        <source>No possible duplicates to decide.</source>
        <translation>Não há possíveis duplicados para decidir.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="254"/>
        <source>Merging…</source>
        <translation>Unindo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="261"/>
        <source>Merged %1 into the earlier sign-up. Split it below if that was wrong.</source>
        <translation>%1 foi unido à inscrição anterior. Separe abaixo se foi um erro.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="274"/>
        <source>Kept apart: they stay two sign-ups.</source>
        <translation>Separados: continuam sendo duas inscrições.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="288"/>
        <source>Split: both sign-ups are back as they were, each with its own letters and emails.</source>
        <translation>Separado: as duas inscrições voltaram a ser como eram, cada uma com suas cartas e e-mails.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="300"/>
        <source>That did not work: %1</source>
        <translation>Não deu certo: %1</translation>
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
    <name>HoldingsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="43"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="44"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="45"/>
        <source>Sign-ups with personal data</source>
        <translation>Registros com dados pessoais</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="46"/>
        <source>Oldest</source>
        <translation>O mais antigo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="47"/>
        <source>Purged</source>
        <translation>Apagado em</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="72"/>
        <source>What this laptop holds</source>
        <translation>O que este computador guarda</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="77"/>
        <source>Sealed (only the organizer&apos;s passphrase opens them): names, street address, place, ZIP, email, phone, note. Plain beside each sign-up: town, ward and precinct, districts, language, consents, the sign-in time to the minute. Repeat signers are recognised by digests that do not give the values back.</source>
        <translation>Selados (só a senha do organizador os abre): nomes, endereço, local, CEP, e-mail, telefone, nota. Visíveis junto a cada registro: cidade, distrito eleitoral e seção, distritos, idioma, consentimentos, a hora do registro ao minuto. Quem se registra de novo é reconhecido por resumos que não devolvem os valores.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="82"/>
        <source>Days to keep personal data</source>
        <translation>Dias para guardar os dados pessoais</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="83"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="88"/>
        <source>Keep this event&apos;s personal data, after everything is sent and printed, for (days):</source>
        <translation>Guardar os dados pessoais deste evento, depois de tudo enviado e impresso, por (dias):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="95"/>
        <source>Wipe this laptop…</source>
        <translation>Apagar tudo neste computador…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="133"/>
        <source>nothing held</source>
        <translation>nada guardado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="136"/>
        <source>%1 days after %2 messages are sent and %3 letters printed</source>
        <translation>%1 dias depois de enviar %2 mensagens e imprimir %3 cartas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="143"/>
        <source>%1 days after the last of %n waiting letters is printed</source>
        <translation>
            <numerusform>%1 dias depois de imprimir a última carta pendente (%n)</numerusform>
            <numerusform>%1 dias depois de imprimir a última das %n cartas pendentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="147"/>
        <source>%1 days after the last of %n waiting messages is sent</source>
        <translation>
            <numerusform>%1 dias depois de enviar a última mensagem pendente (%n)</numerusform>
            <numerusform>%1 dias depois de enviar a última das %n mensagens pendentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="161"/>
        <source>Saved: kept %1 days.</source>
        <translation>Salvo: guardados por %1 dias.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="169"/>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="179"/>
        <source>Wipe this laptop</source>
        <translation>Apagar tudo neste computador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="171"/>
        <source>This destroys the organizer&apos;s keys and every sign-up on this laptop, for good. Organizer passphrase:</source>
        <translation>Isto destrói para sempre as chaves do organizador e todos os registros deste computador. Senha do organizador:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="180"/>
        <source>Type WIPE to go on:</source>
        <translation>Digite WIPE para continuar:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="183"/>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="202"/>
        <source>Nothing was wiped.</source>
        <translation>Nada foi apagado.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="195"/>
        <source>Wiped. The app closes now; start it again to set it up anew.</source>
        <translation>Apagado. O aplicativo fecha agora; abra-o de novo para configurá-lo do zero.</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="44"/>
        <source>Coalition hub</source>
        <translation>Servidor central da coalizão</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="79"/>
        <source>not reachable</source>
        <translation>sem conexão</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="92"/>
        <source>Hub: syncing…</source>
        <translation>Servidor central: sincronizando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="96"/>
        <source>Hub: %1</source>
        <translation>Servidor central: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="98"/>
        <source>last synced at %1</source>
        <translation>última sincronização às %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/hub_status.py" line="100"/>
        <source>Hub: synced at %1 · %n laptop(s) seen</source>
        <translation>
            <numerusform>Servidor central: sincronizado às %1 · %n computador visto</numerusform>
            <numerusform>Servidor central: sincronizado às %1 · %n computadores vistos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="104"/>
        <source>Hub: last synced at %1</source>
        <translation>Servidor central: última sincronização às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="106"/>
        <source>Hub: not synced yet</source>
        <translation>Servidor central: ainda não sincronizado</translation>
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
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="56"/>
        <source>not decided yet</source>
        <translation>ainda não definido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="58"/>
        <source>vacant: this seat has no member now</source>
        <translation>vago: ninguém ocupa este cargo agora</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="61"/>
        <source>Democratic</source>
        <translation>Democrata</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="62"/>
        <source>Republican</source>
        <translation>Republicano</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="63"/>
        <source>Independent</source>
        <translation>Independente</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="64"/>
        <source>Unenrolled</source>
        <translation>Sem partido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="69"/>
        <source>Phone: %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="71"/>
        <source>Email: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="73"/>
        <source>State House, room %1</source>
        <translation>State House, sala %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="78"/>
        <source>Your legislators</source>
        <translation>Seus legisladores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="80"/>
        <source>Type your town, neighbourhood or ZIP code to see them.</source>
        <translation>Digite sua cidade, bairro ou código postal para ver quem são.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="86"/>
        <source>State Representative</source>
        <translation>Representante estadual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="88"/>
        <source>State Senator</source>
        <translation>Senador(a) estadual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="92"/>
        <source>This name covers several towns (%1). Please type your town.</source>
        <translation>Esse nome corresponde a várias cidades (%1). Por favor, digite a sua cidade.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="101"/>
        <source>%1 is in %2, which is split between districts. All of %2&apos;s wards and precincts are listed below: the maps cannot tell which of them %1 covers. Choose yours, or tell the volunteer your street address.</source>
        <translation>%1 fica em %2, que é dividida entre distritos. Abaixo estão todos os wards e seções de %2: os mapas não dizem quais deles %1 abrange. Escolha a sua ou diga seu endereço ao voluntário.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="111"/>
        <source>%1 is split between districts. Choose your ward and precinct below, or tell the volunteer your street address.</source>
        <translation>%1 fica em mais de um distrito. Escolha abaixo o seu ward e a sua seção, ou diga o seu endereço a um voluntário.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="65"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="66"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="67"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="68"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="69"/>
        <source>Town</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="70"/>
        <source>Printed</source>
        <translation>Impressa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="105"/>
        <source>Include letters already printed</source>
        <translation>Incluir as cartas já impressas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="111"/>
        <source>Every event of this day, all tables</source>
        <translation>Todos os eventos deste dia, todas as mesas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="118"/>
        <source>Letters to print</source>
        <translation>Cartas a imprimir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="122"/>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="125"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="135"/>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="136"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="137"/>
        <source>Save as PDF…</source>
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="138"/>
        <source>Mark as printed</source>
        <translation>Marcar como impressas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="139"/>
        <source>Route sheet…</source>
        <translation>Folha de rota…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="146"/>
        <source>Printer options…</source>
        <translation>Opções da impressora…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="150"/>
        <source>Printer:</source>
        <translation>Impressora:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="158"/>
        <source>Letters by office, each stack with its cover sheet. Select some to print only those.</source>
        <translation>Cartas por gabinete, cada pilha com sua folha de rosto. Selecione algumas para imprimir só essas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="211"/>
        <source>%1 (default)</source>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="224"/>
        <source>No printer found: Save as PDF instead</source>
        <translation>Nenhuma impressora encontrada: salve como PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="284"/>
        <source>%n copies</source>
        <translation>
            <numerusform>%n cópia</numerusform>
            <numerusform>%n cópias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="286"/>
        <source>both sides</source>
        <translation>frente e verso</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="306"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="315"/>
        <source>%n letters to print.</source>
        <translation>
            <numerusform>%n carta a imprimir.</numerusform>
            <numerusform>%n cartas a imprimir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="317"/>
        <source>%n letters not printable: %1</source>
        <translation>
            <numerusform>%n carta não pode ser impressa: %1</numerusform>
            <numerusform>%n cartas não podem ser impressas: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="344"/>
        <source>There are no letters to print.</source>
        <translation>Não há cartas a imprimir.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="376"/>
        <source>Sending the pages to the printer…</source>
        <translation>Enviando as páginas para a impressora…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="381"/>
        <source>Cancelled: nothing was printed or marked.</source>
        <translation>Cancelado: nada foi impresso nem marcado.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="385"/>
        <source>Not printed: %1</source>
        <translation>Não impresso: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="388"/>
        <source>Something went wrong: %1</source>
        <translation>Algo deu errado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="399"/>
        <source>No printer: use Save as PDF, and print the file elsewhere.</source>
        <translation>Sem impressora: use Salvar como PDF e imprima o arquivo em outro lugar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="422"/>
        <source>Sent %n letters to %1.</source>
        <translation>
            <numerusform>%n carta enviada para %1.</numerusform>
            <numerusform>%n cartas enviadas para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="424"/>
        <source>Sent %n letters to %1, print job number %2.</source>
        <translation>
            <numerusform>%n carta enviada para %1, trabalho de impressão número %2.</numerusform>
            <numerusform>%n cartas enviadas para %1, trabalho de impressão número %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="430"/>
        <source>Too late to cancel: this printer had begun the job and cannot drop it.</source>
        <translation>Tarde demais para cancelar: esta impressora já tinha começado o trabalho e não pode descartá-lo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="433"/>
        <source>They count as printed.</source>
        <translation>Elas contam como impressas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="443"/>
        <source>Save letters as PDF</source>
        <translation>Salvar as cartas como PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="453"/>
        <source>Saved %n pages to %1. Mark them printed once printed.</source>
        <translation>
            <numerusform>%n página salva em %1. Marque-as como impressas depois de imprimir.</numerusform>
            <numerusform>%n páginas salvas em %1. Marque-as como impressas depois de imprimir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="490"/>
        <source>Marked %n letters printed.</source>
        <translation>
            <numerusform>%n carta marcada como impressa.</numerusform>
            <numerusform>%n cartas marcadas como impressas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="525"/>
        <source>Save the route sheet</source>
        <translation>Salvar a folha de rota</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="551"/>
        <source>No stacks yet: print the letters by office first, then the route.</source>
        <translation>Ainda não há pacotes: imprima primeiro as cartas por gabinete e depois a rota.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="555"/>
        <source>Saved the route through %n stacks to %1.</source>
        <translation>
            <numerusform>A rota de %n pacote foi salva em %1.</numerusform>
            <numerusform>A rota de %n pacotes foi salva em %1.</numerusform>
        </translation>
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
    <name>OutboxTab</name>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="42"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="43"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="44"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="45"/>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="46"/>
        <source>Why it failed</source>
        <translation>Por que falhou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="52"/>
        <source>Email to legislator</source>
        <translation>E-mail ao legislador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="53"/>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="54"/>
        <source>Action Network record</source>
        <translation>Registro no Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="55"/>
        <source>Action Network unsubscribe</source>
        <translation>Descadastro no Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="56"/>
        <source>the signer</source>
        <translation>quem assinou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="57"/>
        <source>the signer&apos;s State Representative, once the district is decided</source>
        <translation>o representante estadual da pessoa, quando o distrito for decidido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="60"/>
        <source>the signer&apos;s State Senator, once the district is decided</source>
        <translation>o senador estadual da pessoa, quando o distrito for decidido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="61"/>
        <source>the signer&apos;s legislator, once the district is decided</source>
        <translation>o legislador da pessoa, quando o distrito for decidido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="62"/>
        <source>a former member</source>
        <translation>um ex-membro</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="63"/>
        <source>waiting for the district</source>
        <translation>aguardando o distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="64"/>
        <source>to send</source>
        <translation>a enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="65"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="66"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="67"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="68"/>
        <source>member left: re-target or drop</source>
        <translation>o membro saiu: redirecionar ou descartar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="69"/>
        <source>not sent: consent withdrawn</source>
        <translation>não enviado: consentimento retirado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="97"/>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="99"/>
        <source>Retry failed</source>
        <translation>Tentar de novo os que falharam</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="101"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="106"/>
        <source>Re-target flagged</source>
        <translation>Redirecionar os marcados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="108"/>
        <source>Send them to the seat&apos;s member now, where there is one</source>
        <translation>Enviá-los ao membro atual da cadeira, se houver</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="111"/>
        <source>Drop flagged…</source>
        <translation>Descartar os marcados…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="113"/>
        <source>Withdraw consent…</source>
        <translation>Retirar consentimento…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="116"/>
        <source>Take someone off the updates list, here and in Action Network, by email or phone</source>
        <translation>Tirar alguém da lista de novidades, aqui e no Action Network, pelo e-mail ou telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="150"/>
        <source>%1 and %2 are for a member who is no longer in office: re-target them to the seat&apos;s member now, or drop them.</source>
        <translation>%1 e %2 são para um membro que não está mais no cargo: redirecione-os ao membro atual da cadeira ou descarte-os.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="152"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="153"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="172"/>
        <source>Drop flagged</source>
        <translation>Descartar os marcados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="173"/>
        <source>Drop the flagged letters and emails? They will not be sent to anyone.</source>
        <translation>Descartar as cartas e os e-mails marcados? Eles não serão enviados a ninguém.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="206"/>
        <source>%1 %2</source>
        <comment>a count, then a state: 2 sent</comment>
        <translation>%2: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="211"/>
        <source>The outbox is empty.</source>
        <translation>A caixa de saída está vazia.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="227"/>
        <source>Withdraw consent</source>
        <translation>Retirar consentimento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="229"/>
        <source>The email address or phone number of the person who asks to be taken off the updates list:</source>
        <translation>O e-mail ou o telefone da pessoa que pede para sair da lista de novidades:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="245"/>
        <source>Nothing was changed: %1</source>
        <translation>Nada foi alterado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="252"/>
        <source>No sign-up has that email address or phone number.</source>
        <translation>Nenhuma inscrição tem esse e-mail ou telefone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="255"/>
        <source>Updates consent withdrawn for %n sign-up(s).</source>
        <translation>
            <numerusform>Consentimento para novidades retirado em %n inscrição.</numerusform>
            <numerusform>Consentimento para novidades retirado em %n inscrições.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="256"/>
        <source>Action Network records not yet sent, dropped: %1.</source>
        <translation>Registros do Action Network ainda não enviados, descartados: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="260"/>
        <source>Unsubscribes queued for records already sent: %1 (they go at the next sync).</source>
        <translation>Descadastros na fila para registros já enviados: %1 (saem no próximo envio).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="263"/>
        <source>Unsubscribes queued for records already sent: 0.</source>
        <translation>Descadastros na fila para registros já enviados: 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="271"/>
        <source>That is neither an email address nor a phone number.</source>
        <translation>Isso não é um e-mail nem um telefone.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="24"/>
        <source>Passphrase strength</source>
        <translation>Força da frase-senha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="39"/>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="41"/>
        <source>Fair: good enough. Another random word makes it stronger.</source>
        <translation>Razoável: serve. Mais uma palavra aleatória a deixa mais forte.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="43"/>
        <source>Weak: %1 Try four or more random words that have nothing to do with each other.</source>
        <translation>Fraca: %1 Tente quatro ou mais palavras aleatórias que não tenham nada a ver umas com as outras.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="48"/>
        <source>It needs at least %1 characters.</source>
        <translation>Precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="51"/>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="52"/>
        <source>It uses too few different characters.</source>
        <translation>Usa poucos caracteres diferentes.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="53"/>
        <source>Runs of keys like 1234567890 or qwertyuiop are guessed first.</source>
        <translation>Sequências de teclas como 1234567890 ou qwertyuiop são as primeiras a serem tentadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="54"/>
        <source>It is, or looks like, a common password.</source>
        <translation>É, ou parece, uma senha comum.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="55"/>
        <source>A single word or name is easy to guess.</source>
        <translation>Uma única palavra ou nome é fácil de adivinhar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="56"/>
        <source>Patterns on the keyboard are easy to guess.</source>
        <translation>Padrões do teclado são fáceis de adivinhar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="57"/>
        <source>Repeated letters or patterns are easy to guess.</source>
        <translation>Letras ou padrões repetidos são fáceis de adivinhar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="58"/>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation>Sequências como abc ou 6543 são fáceis de adivinhar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="59"/>
        <source>Years and dates are easy to guess.</source>
        <translation>Anos e datas são fáceis de adivinhar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="60"/>
        <source>It uses words tied to the app or the event.</source>
        <translation>Usa palavras ligadas ao aplicativo ou ao evento.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="62"/>
        <source>It would be guessed quickly.</source>
        <translation>Seria adivinhada rapidamente.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_preview.py" line="24"/>
        <source>Print preview</source>
        <translation>Visualizar impressão</translation>
    </message>
</context>
<context>
    <name>PendingLookup</name>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="25"/>
        <source>no street ranges for the place</source>
        <translation>sem faixas de ruas para o local</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="26"/>
        <source>street not found</source>
        <translation>rua não encontrada</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="27"/>
        <source>house number not on the street&apos;s ranges</source>
        <translation>número fora das faixas da rua</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="28"/>
        <source>the address is in another town</source>
        <translation>o endereço fica em outra cidade</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="29"/>
        <source>too near a district boundary</source>
        <translation>perto demais do limite de um distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="30"/>
        <source>the street is in several parts of town (add the ZIP code)</source>
        <translation>a rua fica em várias partes da cidade (acrescente o CEP)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="31"/>
        <source>not found online</source>
        <translation>não encontrado on-line</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="32"/>
        <source>the online lookup did not answer</source>
        <translation>a busca on-line não respondeu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="75"/>
        <source>No pending sign-up has a street address to look up.</source>
        <translation>Nenhuma inscrição pendente tem endereço para buscar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="78"/>
        <source>Found the districts of %1 of %n pending sign-up(s).</source>
        <translation>
            <numerusform>Distritos encontrados para %1 de %n inscrição pendente.</numerusform>
            <numerusform>Distritos encontrados para %1 de %n inscrições pendentes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="82"/>
        <source>%1 %2</source>
        <comment>a count, then why: 2 street not found</comment>
        <translation>%2: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="88"/>
        <source>Still open: %1. Choose their ward and precinct, or correct the address.</source>
        <translation>Ainda em aberto: %1. Escolha o ward e a seção, ou corrija o endereço.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="95"/>
        <source>Could not look up the pending addresses: %1</source>
        <translation>Não foi possível buscar os endereços pendentes: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="49"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="50"/>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="68"/>
        <source>Clear a half-filled form after</source>
        <translation>Apagar um formulário pela metade depois de</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="69"/>
        <source>Countdown shown before</source>
        <translation>Contagem regressiva mostrada antes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="70"/>
        <source>Show the thank-you screen for</source>
        <translation>Mostrar a tela de agradecimento por</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="71"/>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="72"/>
        <source>Print letters right after each sign-in</source>
        <translation>Imprimir as cartas logo após cada inscrição</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="73"/>
        <source>Look up street addresses online when connected</source>
        <translation>Buscar endereços on-line quando houver conexão</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="74"/>
        <source>Give up on the geocoder after</source>
        <translation>Desistir do geocodificador depois de</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="75"/>
        <source>Warn when the legislators&apos; data is older than (days)</source>
        <translation>Avisar quando os dados dos legisladores tiverem mais de (dias)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="76"/>
        <source>Volunteer view language</source>
        <translation>Idioma da tela de voluntários</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="77"/>
        <source>Print through</source>
        <translation>Imprimir com</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="78"/>
        <source>Proxy for web requests (empty: none)</source>
        <translation>Proxy para as conexões web (vazio: nenhum)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="83"/>
        <source>Automatic: CUPS where it is installed, else the system&apos;s printing</source>
        <translation>Automático: CUPS onde estiver instalado; senão, a impressão do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="84"/>
        <source>CUPS (Linux, macOS)</source>
        <translation>CUPS (Linux, macOS)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="85"/>
        <source>The system&apos;s printing, through Qt (as on Windows)</source>
        <translation>A impressão do sistema, via Qt (como no Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="153"/>
        <source>Kiosk settings</source>
        <translation>Configurações do quiosque</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="163"/>
        <source>Timings, text size and the volunteer view&apos;s language take effect at the next start; the rest at once. The online lookup sends a split town&apos;s street address to the U.S. Census Bureau&apos;s geocoder.</source>
        <translation>Os tempos, o tamanho do texto e o idioma da tela de voluntários valem a partir da próxima abertura; o resto, na hora. A busca on-line envia o endereço de uma cidade dividida ao geocodificador do Censo dos EUA.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="187"/>
        <source>Not saved: %1</source>
        <translation>Não foi salvo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="191"/>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
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
    <name>ReportTab</name>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="65"/>
        <source>Sign-ups by House district</source>
        <translation>Inscrições por distrito da Câmara</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="66"/>
        <source>Sign-ups by Senate district</source>
        <translation>Inscrições por distrito do Senado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="67"/>
        <source>Positions after the visits: House</source>
        <translation>Posições depois das visitas: Câmara</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="68"/>
        <source>Positions after the visits: Senate</source>
        <translation>Posições depois das visitas: Senado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="71"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="74"/>
        <source>Map of Massachusetts by district</source>
        <translation>Mapa de Massachusetts por distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="77"/>
        <source>Save as PDF…</source>
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="79"/>
        <source>Export counts…</source>
        <translation>Exportar números…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="104"/>
        <source>Sign-ups by district</source>
        <translation>Inscrições por distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="105"/>
        <source>Positions after the visits, by district</source>
        <translation>Posições depois das visitas, por distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="106"/>
        <source>House districts</source>
        <translation>Distritos da Câmara</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="106"/>
        <source>Senate districts</source>
        <translation>Distritos do Senado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="107"/>
        <source>Greater Boston</source>
        <translation>Grande Boston</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>fewer than 5</source>
        <translation>menos de 5</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>5 to 9</source>
        <translation>5 a 9</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>10 to 24</source>
        <translation>10 a 24</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>25 to 49</source>
        <translation>25 a 49</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>50 to 99</source>
        <translation>50 a 99</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>100 or more</source>
        <translation>100 ou mais</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="113"/>
        <source>Supports</source>
        <translation>Apoia</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="113"/>
        <source>Undecided</source>
        <translation>Indeciso</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="114"/>
        <source>Opposes</source>
        <translation>É contra</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="114"/>
        <source>Did not say</source>
        <translation>Não disse</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="116"/>
        <source>Not visited</source>
        <translation>Não visitado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="132"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="152"/>
        <source>Drawing the sign-ups map…</source>
        <translation>Desenhando o mapa de inscrições…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="154"/>
        <source>Drawing the positions map…</source>
        <translation>Desenhando o mapa de posições…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="163"/>
        <source>Up to date.</source>
        <translation>Atualizado.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="169"/>
        <source>Could not make the report: %1</source>
        <translation>Não foi possível preparar o relatório: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="181"/>
        <source>Save the report as PDF</source>
        <translation>Salvar o relatório como PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="189"/>
        <source>Export the event&apos;s counts</source>
        <translation>Exportar os números do evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="200"/>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="204"/>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="205"/>
        <source>Not saved: %1</source>
        <translation>Não foi salvo: %1</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="16"/>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="17"/>
        <source>Member</source>
        <translation>Legislador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="18"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="25"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="74"/>
        <source>Sign-ups</source>
        <translation>Inscrições</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="19"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="76"/>
        <source>Letters printed</source>
        <translation>Cartas impressas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="20"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="77"/>
        <source>Letters delivered</source>
        <translation>Cartas entregues</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="21"/>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="24"/>
        <source>Town</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="26"/>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="29"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="30"/>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="33"/>
        <source>Supports</source>
        <translation>Apoia</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="34"/>
        <source>Undecided</source>
        <translation>Indeciso</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="35"/>
        <source>Opposes</source>
        <translation>É contra</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="36"/>
        <source>Did not say</source>
        <translation>Não disse</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="53"/>
        <source>Totals</source>
        <translation>Totais</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="54"/>
        <source>House</source>
        <translation>Câmara</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="55"/>
        <source>Senate</source>
        <translation>Senado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="56"/>
        <source>Towns</source>
        <translation>Cidades</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="75"/>
        <source>Pending (split town, ward and precinct not yet known)</source>
        <translation>Pendentes (cidade dividida, distrito eleitoral e zona ainda desconhecidos)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="78"/>
        <source>Emails sent to legislators</source>
        <translation>E-mails enviados aos legisladores</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="79"/>
        <source>Records sent to the CRM</source>
        <translation>Registros enviados ao CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="80"/>
        <source>Visit reports</source>
        <translation>Relatórios de visitas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="83"/>
        <source>Sign-ups in %1</source>
        <translation>Inscrições em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="90"/>
        <source>Not visited</source>
        <translation>Não visitado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="95"/>
        <source>(town not found)</source>
        <translation>(cidade não encontrada)</translation>
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
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="84"/>
        <source>Precinct %1</source>
        <translation>Seção %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="86"/>
        <source>Ward %1, precinct %2</source>
        <translation>Ward %1, seção %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="98"/>
        <source>Where in %1 does this person live?</source>
        <translation>Em que parte de %1 esta pessoa mora?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="44"/>
        <source>Sending settings</source>
        <translation>Configurações de envio</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="56"/>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="69"/>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>guardada no chaveiro do sistema; vazio: sem mudança</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="60"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>vazio: as autoridades certificadoras do sistema</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="64"/>
        <source>Send sign-ups to Action Network</source>
        <translation>Enviar as inscrições ao Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="72"/>
        <source>Mail server</source>
        <translation>Servidor de e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="72"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="73"/>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="73"/>
        <source>User name</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="74"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="75"/>
        <source>Sending address</source>
        <translation>Endereço de envio</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="76"/>
        <source>Coalition name</source>
        <translation>Nome da coalizão</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="77"/>
        <source>Certificate authority file (PEM)</source>
        <translation>Arquivo de autoridade certificadora (PEM)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="78"/>
        <source>Emails per second (0: no limit)</source>
        <translation>E-mails por segundo (0: sem limite)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="79"/>
        <source>Action Network API</source>
        <translation>API do Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="80"/>
        <source>API key</source>
        <translation>Chave da API</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="84"/>
        <source>Send test email</source>
        <translation>Enviar e-mail de teste</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="107"/>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="112"/>
        <source>Not saved: %1.</source>
        <translation>Não foi salvo: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="137"/>
        <source>Settings saved, but not the password or key: this computer has no safe place to keep them (a system keyring). Ask the organizer to set the laptop up, or to send from a laptop that has one.</source>
        <translation>Configurações salvas, mas não a senha nem a chave: este computador não tem um lugar seguro para guardá-las (um chaveiro do sistema). Peça ao organizador para preparar o notebook, ou para enviar de um notebook que tenha.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="141"/>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="152"/>
        <source>Set the mail server and the sending address first.</source>
        <translation>Primeiro informe o servidor de e-mail e o endereço de envio.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="156"/>
        <source>Sending a test email…</source>
        <translation>Enviando um e-mail de teste…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="162"/>
        <source>Test email sent to %1. The settings work.</source>
        <translation>E-mail de teste enviado para %1. As configurações funcionam.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="168"/>
        <source>The test email was not sent: %1</source>
        <translation>O e-mail de teste não foi enviado: %1</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="55"/>
        <source>Set up the tabling app</source>
        <translation>Configurar o aplicativo da mesa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="55"/>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="64"/>
        <source>Organizer passphrase</source>
        <translation>Frase-senha do organizador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="68"/>
        <source>Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe.</source>
        <translation>Os cadastros ficam trancados com esta frase-senha. Sem ela, ninguém, nem mesmo você, consegue lê-los. Use algumas palavras sem relação entre si e guarde-a em lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="74"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="75"/>
        <source>The same again</source>
        <translation>Repita a frase-senha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="84"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="94"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="95"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="96"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="97"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="104"/>
        <source>Actions offered</source>
        <translation>Ações oferecidas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="106"/>
        <source>Printed letter</source>
        <translation>Carta impressa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="107"/>
        <source>Email in the signer&apos;s name</source>
        <translation>E-mail em nome de quem assina</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="108"/>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="113"/>
        <source>Languages offered</source>
        <translation>Idiomas oferecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="123"/>
        <source>Start signing people in</source>
        <translation>Começar a cadastrar pessoas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="153"/>
        <source>The event needs a name.</source>
        <translation>O evento precisa de um nome.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="156"/>
        <source>The event needs a place: the town will do.</source>
        <translation>O evento precisa de um lugar: a cidade basta.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="158"/>
        <source>Choose at least one action to offer.</source>
        <translation>Escolha pelo menos uma ação para oferecer.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="182"/>
        <source>Choose the organizer passphrase.</source>
        <translation>Escolha a frase-senha do organizador.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="185"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases-senha não são iguais.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="191"/>
        <source>Setting up…</source>
        <translation>Configurando…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="35"/>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="36"/>
        <source>the database cannot be written (read-only)</source>
        <translation>não é possível gravar no banco de dados (somente leitura)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="37"/>
        <source>the database could not save the row</source>
        <translation>o banco de dados não conseguiu salvar a linha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="40"/>
        <source>Ward</source>
        <translation>Distrito eleitoral (ward)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="41"/>
        <source>Precinct</source>
        <translation>Seção eleitoral (precinct)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="63"/>
        <source>Import paper sign-in sheets</source>
        <translation>Importar folhas de inscrição em papel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="63"/>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="70"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="70"/>
        <source>Export the sign-ups</source>
        <translation>Exportar as inscrições</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="79"/>
        <source>Unlock the view to export.</source>
        <translation>Desbloqueie a tela para exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="88"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="94"/>
        <source>Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served.</source>
        <translation>%1 inscrições gravadas em %2. O arquivo tem nomes e endereços: guarde-o com cuidado e apague-o quando não servir mais.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="99"/>
        <source>Could not export: %1</source>
        <translation>Não foi possível exportar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="107"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="112"/>
        <source>Could not import: %1</source>
        <translation>Não foi possível importar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="118"/>
        <source>%1 added, %2 merged, %3 pending, %4 rejected</source>
        <translation>%1 adicionadas, %2 unidas, %3 pendentes, %4 rejeitadas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="125"/>
        <source>%1 already imported</source>
        <translation>%1 já importadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/sheet_files.py" line="128"/>
        <source>%n possible duplicate(s) to review</source>
        <translation>
            <numerusform>%n possível duplicado para revisar</numerusform>
            <numerusform>%n possíveis duplicados para revisar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="131"/>
        <source>Imported %1 (read as %2): %3.</source>
        <translation>%1 importado (lido como %2): %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="139"/>
        <source>Stopped at line %1: %2. Saved: lines %3. Not saved: line %4 and after. Import the same file again once this is fixed: the saved rows are skipped.</source>
        <translation>Parou na linha %1: %2. Salvas: linhas %3. Não salvas: da linha %4 em diante. Importe o mesmo arquivo de novo depois de corrigir isso: as linhas salvas são puladas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="143"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="146"/>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="151"/>
        <source>Line %1: may be a repeat of %2; review it in the Duplicates tab</source>
        <translation>Linha %1: pode repetir %2; revise na aba Duplicados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="169"/>
        <source>its quotes (&quot;) do not pair up; check the quotes in this row</source>
        <translation>as aspas (&quot;) não formam pares; confira as aspas desta linha</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="172"/>
        <source>a quote (&quot;) opened on this line is never closed, so the next %1 lines would be read as one cell; close or remove the quote</source>
        <translation>aspas (&quot;) abertas nesta linha nunca se fecham, então as próximas %1 linhas seriam lidas como uma só célula; feche ou retire as aspas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="176"/>
        <source>a cell holds %1 characters (at most %2)</source>
        <translation>uma célula tem %1 caracteres (no máximo %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="182"/>
        <source>this row holds bytes that are not UTF-8 text (the file may be damaged); retype the row</source>
        <translation>esta linha contém bytes que não são texto UTF-8 (o arquivo pode estar danificado); digite a linha de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="186"/>
        <source>the column %1 holds &apos;%2&apos;, which is not yes or no</source>
        <translation>a coluna %1 contém &apos;%2&apos;, que não é sim nem não</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="192"/>
        <source>the language &apos;%1&apos; is not one of %2: English is used</source>
        <translation>o idioma &apos;%1&apos; não é um de %2: usa-se o inglês</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="202"/>
        <source>the same name</source>
        <translation>o mesmo nome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="203"/>
        <source>the same email under another name</source>
        <translation>o mesmo e-mail com outro nome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="204"/>
        <source>the same phone under another name</source>
        <translation>o mesmo telefone com outro nome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="205"/>
        <source>a very similar name and address</source>
        <translation>um nome e um endereço muito parecidos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="206"/>
        <source>the same name and email</source>
        <translation>o mesmo nome e e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="207"/>
        <source>the same name and phone</source>
        <translation>o mesmo nome e telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="208"/>
        <source>the same name and address</source>
        <translation>o mesmo nome e endereço</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="212"/>
        <source>%1 as line %2</source>
        <translation>%1 da linha %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="213"/>
        <source>%1 as an earlier sign-up</source>
        <translation>%1 de um registro anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="226"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="227"/>
        <source>too long</source>
        <translation>longo demais</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="228"/>
        <source>not a valid email address</source>
        <translation>e-mail inválido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="230"/>
        <source>accented or non-Latin letters before the @, which our mail cannot be sent to</source>
        <translation>letras acentuadas ou não latinas antes do @, para as quais nosso e-mail não pode enviar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="232"/>
        <source>not a valid phone number</source>
        <translation>telefone inválido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="234"/>
        <source>not a Massachusetts town, neighbourhood or ZIP code we know</source>
        <translation>não é uma cidade, bairro ou CEP de Massachusetts que conhecemos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="236"/>
        <source>outside Massachusetts</source>
        <translation>fora de Massachusetts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="237"/>
        <source>needed to email legislators in the signer&apos;s name</source>
        <translation>necessário para escrever aos legisladores em nome da pessoa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="238"/>
        <source>needed to email the signer updates</source>
        <translation>necessário para enviar novidades por e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="239"/>
        <source>needed to text the signer updates</source>
        <translation>necessário para enviar novidades por mensagem de texto</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="240"/>
        <source>does not match the town</source>
        <translation>não corresponde à cidade</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="242"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="244"/>
        <source>(did you mean %1?)</source>
        <translation>(você quis dizer %1?)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="245"/>
        <source> or </source>
        <translation> ou </translation>
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
    <name>SignupsModel</name>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="29"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="30"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="31"/>
        <source>Town</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="32"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="33"/>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="34"/>
        <source>Senator</source>
        <translation>Senador(a)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="35"/>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="40"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="41"/>
        <source>resolved</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="43"/>
        <source>no letter or email asked for</source>
        <translation>não pediu cartas nem e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="46"/>
        <source>no letter for %1: the seat is vacant</source>
        <translation>sem carta para %1: a cadeira está vaga</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="47"/>
        <source>no email for %1: the seat is vacant</source>
        <translation>sem e-mail para %1: a cadeira está vaga</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="48"/>
        <source>no email for %1: the member has no email address</source>
        <translation>sem e-mail para %1: o membro não tem endereço de e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="75"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="75"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="92"/>
        <source>(%1 waiting)</source>
        <translation>(%1 aguardando)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="121"/>
        <location filename="../../desktop/gui/models/signups.py" line="122"/>
        <source>not decided</source>
        <translation>não decidido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="143"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="144"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreetsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="42"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="43"/>
        <source>Street segments</source>
        <translation>Trechos de rua</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="44"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="45"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="68"/>
        <source>In towns split between districts, a street address decides who represents the signer. Download the street ranges of the event&apos;s counties before the event, while online: then addresses are decided at the table without internet.</source>
        <translation>Nas cidades divididas entre distritos, o endereço decide quem representa a pessoa. Baixe as faixas de ruas dos condados do evento antes do evento, com internet: assim os endereços são decididos na mesa sem internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="78"/>
        <source>Counties prepared</source>
        <translation>Condados preparados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="80"/>
        <source>County to download</source>
        <translation>Condado para baixar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="84"/>
        <source>Download street ranges</source>
        <translation>Baixar faixas de ruas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="87"/>
        <source>Import a file…</source>
        <translation>Importar um arquivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="89"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="147"/>
        <source>The event&apos;s split towns need: %1. Not prepared yet.</source>
        <translation>As cidades divididas do evento precisam de: %1. Ainda não preparado.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="150"/>
        <source>The event&apos;s counties are prepared.</source>
        <translation>Os condados do evento estão preparados.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="152"/>
        <source>Choose the counties of the towns you expect signers from.</source>
        <translation>Escolha os condados das cidades de onde você espera pessoas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="163"/>
        <source>Downloading %1…</source>
        <translation>Baixando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="170"/>
        <source>Import Census street ranges</source>
        <translation>Importar faixas de ruas do Censo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="172"/>
        <source>Census ADDRFEAT files (*addrfeat*.zip)</source>
        <translation>Arquivos ADDRFEAT do Censo (*addrfeat*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="179"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="234"/>
        <source>Downloading %p%</source>
        <translation>Baixando %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="234"/>
        <source>Importing %p%</source>
        <translation>Importando %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="248"/>
        <source>%1: %2 street segments ready.</source>
        <translation>%1: %2 trechos de rua prontos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="254"/>
        <source>%n range(s) without a usable house number were left out.</source>
        <translation>
            <numerusform>%n faixa sem número de casa utilizável foi deixada de fora.</numerusform>
            <numerusform>%n faixas sem número de casa utilizável foram deixadas de fora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="263"/>
        <source>Cancelled. The street ranges are as they were.</source>
        <translation>Cancelado. As faixas de ruas continuam como estavam.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="266"/>
        <source>%1 The street ranges are as they were.</source>
        <translation>%1 As faixas de ruas continuam como estavam.</translation>
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
        <location filename="../../desktop/gui/table_printing.py" line="85"/>
        <source>State Representative</source>
        <translation>Representante estadual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="85"/>
        <source>State Senator</source>
        <translation>Senador(a) estadual</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="147"/>
        <source>There is no printer &quot;%1&quot; on this computer.</source>
        <translation>Não há nenhuma impressora &quot;%1&quot; neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="151"/>
        <source>No printer is set up on this computer.</source>
        <translation>Nenhuma impressora está configurada neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="153"/>
        <source>The printer &quot;%1&quot; is not taking jobs right now.</source>
        <translation>A impressora &quot;%1&quot; não está aceitando trabalhos agora.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="157"/>
        <source>The printer &quot;%1&quot; is paused or not ready.</source>
        <translation>A impressora &quot;%1&quot; está pausada ou não está pronta.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="161"/>
        <source>This computer&apos;s print system is not running.</source>
        <translation>O sistema de impressão deste computador não está funcionando.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="165"/>
        <source>The printer did not take the letters.</source>
        <translation>A impressora não aceitou as cartas.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="168"/>
        <source>The printer says: &quot;%1&quot;.</source>
        <translation>A impressora diz: &quot;%1&quot;.</translation>
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
    <name>VisitsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="55"/>
        <source>The member</source>
        <translation>O parlamentar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="56"/>
        <source>A staffer</source>
        <translation>Um assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="57"/>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="60"/>
        <source>Supports</source>
        <translation>Apoia</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="61"/>
        <source>Undecided</source>
        <translation>Indeciso</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="62"/>
        <source>Opposes</source>
        <translation>É contra</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="63"/>
        <source>Did not say</source>
        <translation>Não disse</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="66"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="73"/>
        <source>Office</source>
        <translation>Gabinete</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="67"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="74"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="68"/>
        <source>Met</source>
        <translation>Recebidos por</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="69"/>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="70"/>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="75"/>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="134"/>
        <source>Type part of the member&apos;s name</source>
        <translation>Digite parte do nome do parlamentar</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="142"/>
        <source>The staffer&apos;s name</source>
        <translation>O nome do assessor</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="149"/>
        <source>In their words</source>
        <translation>Com as palavras deles</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="150"/>
        <source>Follow-up needed</source>
        <translation>Precisa de acompanhamento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="152"/>
        <source>What to do, and by whom</source>
        <translation>O que fazer, e quem</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="156"/>
        <source>Save visit</source>
        <translation>Salvar a visita</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="180"/>
        <source>Office:</source>
        <translation>Gabinete:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="181"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="169"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="182"/>
        <source>Met:</source>
        <translation>Recebidos por:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="166"/>
        <source>Staffer:</source>
        <translation>Assessor:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="183"/>
        <source>Position:</source>
        <translation>Posição:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="184"/>
        <source>Commitment:</source>
        <translation>Compromisso:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="185"/>
        <source>Follow-up:</source>
        <translation>Acompanhamento:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="167"/>
        <source>What to do:</source>
        <translation>O que fazer:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="168"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="186"/>
        <source>Notes:</source>
        <translation>Observações:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="197"/>
        <source>Visits by office</source>
        <translation>Visitas por gabinete</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="200"/>
        <source>Follow-up list</source>
        <translation>Lista de acompanhamento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="202"/>
        <source>By office</source>
        <translation>Por gabinete</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="203"/>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="204"/>
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="253"/>
        <source>Saved the visit to %1.</source>
        <translation>A visita a %1 foi salva.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="261"/>
        <source>Choose the office visited from the list of members.</source>
        <translation>Escolha o gabinete visitado na lista de parlamentares.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="262"/>
        <source>Write the staffer&apos;s name (or choose Nobody).</source>
        <translation>Escreva o nome do assessor (ou escolha Ninguém).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="263"/>
        <source>The visit&apos;s date is in the future.</source>
        <translation>A data da visita está no futuro.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="266"/>
        <source>Keep each text under %1 characters.</source>
        <translation>Cada texto deve ter menos de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="280"/>
        <source>Something went wrong: %1</source>
        <translation>Algo deu errado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="308"/>
        <source>Staff: %1</source>
        <translation>Assessor: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="331"/>
        <source>Follow-up (%1)</source>
        <translation>Acompanhamento (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="336"/>
        <source>Export visits as CSV</source>
        <translation>Exportar as visitas como CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/visits_tab.py" line="347"/>
        <source>Wrote %n visit reports to %1.</source>
        <translation>
            <numerusform>%n relatório de visita gravado em %1.</numerusform>
            <numerusform>%n relatórios de visita gravados em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="63"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="64"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="65"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="66"/>
        <source>Streets</source>
        <translation>Ruas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="67"/>
        <source>Holdings</source>
        <translation>Dados guardados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="137"/>
        <source>Event counts</source>
        <translation>Números do evento</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="142"/>
        <source>Emails to legislators include those waiting for a split town&apos;s district. The status bar counts every message ready to leave now, confirmations and Action Network records too.</source>
        <translation>Os e-mails aos legisladores incluem os que aguardam o distrito de uma cidade dividida. A barra de status conta todas as mensagens prontas para sair agora, também as confirmações e os registros do Action Network.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="148"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="353"/>
        <source>Sign-ups</source>
        <translation>Inscrições</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="150"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="153"/>
        <source>Outbox</source>
        <translation>Caixa de saída</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="156"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="161"/>
        <source>Back to sign-in</source>
        <translation>Voltar à inscrição</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="197"/>
        <source>Organizer passphrase</source>
        <translation>Frase-senha do organizador</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="199"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="205"/>
        <source>Sign-ups are locked. Type the organizer passphrase to see them.</source>
        <translation>As inscrições estão bloqueadas. Digite a frase-senha do organizador para vê-las.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="223"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="236"/>
        <source>Unlocking: re-sealing earlier sign-ups, %1 of %2…</source>
        <translation>Desbloqueando: selando de novo inscrições anteriores, %1 de %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="275"/>
        <source>Looking up the pending sign-ups&apos; street addresses…</source>
        <translation>Buscando os endereços das inscrições pendentes…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="292"/>
        <source>Could not unlock: %1</source>
        <translation>Não foi possível desbloquear: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="312"/>
        <source>Locked after a while without use. Type the passphrase again.</source>
        <translation>Bloqueado após um tempo sem uso. Digite a frase-senha de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="339"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="340"/>
        <source>Search sign-ups</source>
        <translation>Buscar inscrições</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="345"/>
        <source>Pending only</source>
        <translation>Só pendentes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="346"/>
        <source>Show only sign-ups whose districts are still open</source>
        <translation>Mostrar só as inscrições cujos distritos ainda não foram decididos</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="365"/>
        <source>Correct…</source>
        <translation>Corrigir…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="366"/>
        <source>Choose ward and precinct…</source>
        <translation>Escolher distrito e seção eleitoral…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="367"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="368"/>
        <source>Look up pending addresses</source>
        <translation>Buscar endereços pendentes</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="369"/>
        <source>Import paper sheets…</source>
        <translation>Importar folhas de papel…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="370"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="371"/>
        <source>Sending settings…</source>
        <translation>Configurações de envio…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="372"/>
        <source>Kiosk settings…</source>
        <translation>Configurações do quiosque…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="373"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="374"/>
        <source>Change passphrase…</source>
        <translation>Alterar frase-senha…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="425"/>
        <source>Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4</source>
        <translation>Inscrições: %1    Pendentes: %2    Cartas: %3    E-mails aos legisladores não enviados: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="434"/>
        <source>Letters without a street address: %1</source>
        <translation>Cartas sem endereço: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="442"/>
        <source>Choose a sign-up in the table first.</source>
        <translation>Primeiro escolha uma inscrição na tabela.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="460"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="469"/>
        <source>This sign-up&apos;s districts are already decided.</source>
        <translation>Os distritos desta inscrição já estão decididos.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="481"/>
        <source>Resolved: its letters and emails can go now.</source>
        <translation>Resolvido: as cartas e os e-mails já podem sair.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="483"/>
        <source>Still not decided.</source>
        <translation>Ainda não decidido.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="500"/>
        <source>Delete sign-up</source>
        <translation>Excluir inscrição</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="501"/>
        <source>Delete the sign-up of %1? Its letters and emails are dropped too.</source>
        <translation>Excluir a inscrição de %1? As cartas e os e-mails também são descartados.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="508"/>
        <source>Deleted.</source>
        <translation>Excluído.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="523"/>
        <source>The organizer passphrase is changed.</source>
        <translation>A frase-senha do organizador foi alterada.</translation>
    </message>
</context>
</TS>
