<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="69"/>
        <source>Update legislators…</source>
        <translation>更新议员名单…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="71"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="76"/>
        <source>Also download the district maps (they change once a decade)</source>
        <translation>同时下载选区地图（每十年变更一次）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="83"/>
        <source>What the update changed</source>
        <translation>本次更新的变化</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="99"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="99"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="100"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>Legislators as of %1 (%2)</source>
        <translation>议员名单截至 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="108"/>
        <source>This list is more than %1 days old: some members may have changed. Update it while the laptop is online.</source>
        <translation>此名单已超过 %1 天：部分议员可能已变更。请在电脑联网时更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="126"/>
        <source>Starting the update…</source>
        <translation>正在开始更新…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="156"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="170"/>
        <source>Updating the waiting letters and emails…</source>
        <translation>正在更新待发的信件和电子邮件…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="183"/>
        <source>The waiting letters and emails could not be re-targeted (%1); update again to retry.</source>
        <translation>待发的信件和电子邮件无法重新指定收件人（%1）；请再次更新以重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="194"/>
        <source>The legislators are up to date.</source>
        <translation>议员名单已是最新。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="207"/>
        <source>Cancelled: the legislators&apos; data was not changed.</source>
        <translation>已取消：议员数据未作更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="215"/>
        <source>The update stopped (%1); the legislators&apos; data was not changed.</source>
        <translation>更新已停止（%1）；议员数据未作更改。</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="40"/>
        <source>Correct a sign-up</source>
        <translation>更正一条登记</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../desktop/signin/fields.py" line="55"/>
        <source>First name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="57"/>
        <source>Last name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="59"/>
        <source>Street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="62"/>
        <source>Town, neighbourhood or ZIP code</source>
        <translation>城镇、社区或邮编</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="65"/>
        <source>ZIP code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="67"/>
        <source>Email (optional)</source>
        <translation>电子邮箱（选填）</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="69"/>
        <source>Phone (optional)</source>
        <translation>电话（选填）</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="73"/>
        <source>A note for the letter</source>
        <translation>写在信里的话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="135"/>
        <source>Ward and precinct</source>
        <translation>区和投票区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="136"/>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="145"/>
        <source>Email my legislators in my name</source>
        <translation>以我的名义给我的议员发电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="146"/>
        <source>Print a letter for me to sign</source>
        <translation>打印一封信给我签名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="147"/>
        <source>Email me updates</source>
        <translation>通过电子邮件向我发送最新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="148"/>
        <source>Text me updates</source>
        <translation>通过短信向我发送最新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="153"/>
        <location filename="../../desktop/gui/pages/signin_form.py" line="159"/>
        <source>Choose ward and precinct</source>
        <translation>请选择区和投票区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="163"/>
        <source>Precinct %1</source>
        <translation>第%1投票区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="165"/>
        <source>Ward %1, precinct %2</source>
        <translation>第%1区，第%2投票区</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <location filename="../../desktop/gui/widgets/idle.py" line="88"/>
        <source>Still there? This form clears in %1 seconds. Touch any key to keep it.</source>
        <translation>您还在吗？这张表格将在%1秒后清空。请按任意键保留。</translation>
    </message>
</context>
<context>
    <name>LegislatorsCard</name>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="47"/>
        <source>not decided yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="49"/>
        <source>vacant: this seat has no member now</source>
        <translation>空缺：这个席位目前没有议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="52"/>
        <source>Democratic</source>
        <translation>民主党</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="53"/>
        <source>Republican</source>
        <translation>共和党</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="54"/>
        <source>Independent</source>
        <translation>独立人士</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="55"/>
        <source>Unenrolled</source>
        <translation>无党派</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="60"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="62"/>
        <source>Email: %1</source>
        <translation>电子邮箱：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="64"/>
        <source>State House, room %1</source>
        <translation>State House，%1室</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="69"/>
        <source>Your legislators</source>
        <translation>您的州议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="71"/>
        <source>Type your town, neighbourhood or ZIP code to see them.</source>
        <translation>输入您的城镇、社区或邮编，就可以看到他们。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="77"/>
        <source>State Representative</source>
        <translation>州众议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="79"/>
        <source>State Senator</source>
        <translation>州参议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="83"/>
        <source>This name covers several towns (%1). Please type your town.</source>
        <translation>这个名称对应多个城镇（%1）。请输入您的城镇。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="90"/>
        <source>%1 is split between districts. Choose your ward and precinct below, or tell the volunteer your street address.</source>
        <translation>%1分属多个选区。请在下面选择您的区和投票区，或者把您的街道地址告诉志愿者。</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../../desktop/gui/widgets/note_box.py" line="50"/>
        <source>%1 characters left</source>
        <translation>还可输入 %1 个字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/note_box.py" line="58"/>
        <source>A few words of your own for your letter (optional)</source>
        <translation>在信中写几句您自己的话（可选）</translation>
    </message>
</context>
<context>
    <name>ProblemMessages</name>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="17"/>
        <source>Please fill this in.</source>
        <translation>请填写这一项。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="18"/>
        <source>This is too long.</source>
        <translation>内容太长了。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="19"/>
        <source>This email address does not look right.</source>
        <translation>这个电子邮箱地址好像不对。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="21"/>
        <source>Our mail cannot be sent to an address with accented or non-Latin letters before the @. Please use another address, or leave it empty.</source>
        <translation>我们无法向 @ 之前含有带重音字母或非拉丁字母的地址发送邮件。请使用其他地址，或留空。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="23"/>
        <source>This phone number does not look right.</source>
        <translation>这个电话号码好像不对。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="24"/>
        <source>We do not know this town, neighbourhood or ZIP code.</source>
        <translation>我们找不到这个城镇、社区或邮编。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="25"/>
        <source>This place is not in Massachusetts.</source>
        <translation>这个地方不在马萨诸塞州（Massachusetts）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="27"/>
        <source>Please add your email, so your legislators can write back to you.</source>
        <translation>请填写您的电子邮箱，方便您的议员给您回信。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="30"/>
        <source>Please add your email, so we can send you updates.</source>
        <translation>请填写您的电子邮件，以便我们向您发送最新消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="33"/>
        <source>Please add your phone number, so we can text you updates.</source>
        <translation>请填写您的电话号码，以便我们通过短信向您发送最新消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="35"/>
        <source>This ward and precinct are not in that town.</source>
        <translation>这个区和投票区不在该城镇。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="39"/>
        <source>Did you mean: %1?</source>
        <translation>您是不是指：%1？</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="113"/>
        <source>Reading aloud is not available on this computer.</source>
        <translation>此电脑无法朗读。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="116"/>
        <source>This computer has no voice for %1: nothing was read.</source>
        <translation>此电脑没有%1语音：未朗读任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="130"/>
        <source>This computer has no voice for %1: reading in %2.</source>
        <translation>此电脑没有%1语音：改用%2朗读。</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="77"/>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="81"/>
        <source>Choose ward and precinct</source>
        <translation>选择区和投票区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="79"/>
        <source>Ward and precinct in %1</source>
        <translation>%1的区和投票区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="94"/>
        <source>Where in %1 does this person live?</source>
        <translation>这个人住在%1的哪个地方？</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="54"/>
        <source>Set up the tabling app</source>
        <translation>设置摆摊登记应用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="54"/>
        <source>New event</source>
        <translation>新活动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="62"/>
        <source>Organizer passphrase</source>
        <translation>组织者口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="66"/>
        <source>Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe.</source>
        <translation>登记信息由这个口令锁定。没有它，任何人（包括您自己）都无法读取。请使用几个互不相关的词，并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="72"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="73"/>
        <source>The same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="80"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="90"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="91"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="92"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="93"/>
        <source>Campaign</source>
        <translation>倡议活动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="100"/>
        <source>Actions offered</source>
        <translation>提供的行动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="102"/>
        <source>Printed letter</source>
        <translation>打印的信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="103"/>
        <source>Email in the signer&apos;s name</source>
        <translation>以签名人名义发送的电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="104"/>
        <source>Call</source>
        <translation>打电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="109"/>
        <source>Languages offered</source>
        <translation>提供的语言</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="117"/>
        <source>Start signing people in</source>
        <translation>开始登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="157"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="162"/>
        <source>Setting up…</source>
        <translation>正在设置…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="43"/>
        <source>Import paper sign-in sheets</source>
        <translation>导入纸质登记表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="43"/>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="50"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="50"/>
        <source>Export the sign-ups</source>
        <translation>导出登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="59"/>
        <source>Unlock the view to export.</source>
        <translation>请先解锁再导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="68"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="74"/>
        <source>Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served.</source>
        <translation>已将 %1 条登记写入 %2。文件含有姓名和地址：请妥善保管，用完后删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="79"/>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="91"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="96"/>
        <source>Could not import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
</context>
<context>
    <name>SigninPage</name>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="222"/>
        <source>Type your name and town, then press Sign in.</source>
        <translation>请输入您的姓名和城镇，然后点击“登记”。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="238"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="255"/>
        <source>This could not be saved. Nothing you typed is lost: please try again, or ask the volunteer.</source>
        <translation>无法保存。您输入的内容都还在：请再试一次，或者询问志愿者。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="296"/>
        <source>Sign in to ask your legislators for the Safe Communities Act</source>
        <translation>在这里登记，请您的议员支持《安全社区法案》</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="298"/>
        <location filename="../../desktop/gui/pages/signin.py" line="304"/>
        <source>Sign in</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="299"/>
        <source>Read aloud (F2)</source>
        <translation>朗读 (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="300"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="302"/>
        <source>Reads this screen aloud in the language chosen above</source>
        <translation>用上方选择的语言朗读此页面</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="100"/>
        <source>Unlock the volunteer view to send.</source>
        <translation>请解锁志愿者页面后再发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="151"/>
        <source>Sync stopped: %1</source>
        <translation>发送已停止：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="155"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="156"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="157"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="160"/>
        <source>%1 · %2 to send</source>
        <translation>%1 · 待发送 %2 条</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="162"/>
        <source>Sync now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="164"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="164"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="83"/>
        <source>State Representative</source>
        <translation>州众议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="83"/>
        <source>State Senator</source>
        <translation>州参议员</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="169"/>
        <source>Printing your letters…</source>
        <translation>正在打印您的信…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="170"/>
        <source>Printed. Please sign your letters before you go.</source>
        <translation>已打印。离开前请在信上签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="171"/>
        <source>The letters did not print: %1</source>
        <translation>信件未能打印：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="176"/>
        <source>Some characters could not be printed: %1</source>
        <translation>有些字符无法打印：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="181"/>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="182"/>
        <source>Skip printing</source>
        <translation>跳过打印</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="185"/>
        <source>Print a card with your legislators&apos; phone numbers</source>
        <translation>打印一张写有您议员电话号码的卡片</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="111"/>
        <source>Waiting for the letters: this screen stays open.</source>
        <translation>正在等待信件：此页面将保持打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="116"/>
        <source>This screen closes in %1 seconds.</source>
        <translation>此页面将在 %1 秒后关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="167"/>
        <source>Your letters are saved. A volunteer will print them for you to sign.</source>
        <translation>您的信件已保存。志愿者会打印出来请您签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="207"/>
        <source>Your town is split between districts. A volunteer will confirm your district, then your letters and emails will go to the right legislators.</source>
        <translation>您所在的城镇分属多个选区。志愿者会确认您的选区，然后您的信件和电子邮件会发给正确的议员。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="213"/>
        <source>Your email to your legislators will be sent in your name as soon as we are online.</source>
        <translation>我们一连上网络，就会以您的名义把电子邮件发给您的议员。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="219"/>
        <source>One of your seats is vacant right now, so there is nothing to send there yet.</source>
        <translation>您的一个议员席位目前空缺，所以暂时没有可以发送的对象。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="223"/>
        <source>We will keep you informed.</source>
        <translation>我们会随时通知您最新消息。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="227"/>
        <source>Next person</source>
        <translation>下一位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="239"/>
        <source>Thank you!</source>
        <translation>谢谢！</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="257"/>
        <source>Call your legislators:</source>
        <translation>给您的议员打电话：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="261"/>
        <source>What to say:</source>
        <translation>可以这样说：</translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="112"/>
        <source>Event counts</source>
        <translation>活动统计</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="117"/>
        <source>Emails to legislators include those waiting for a split town&apos;s district. The status bar counts every message ready to leave now, confirmations and Action Network records too.</source>
        <translation>给议员的邮件包括正在等待分区城镇确定选区的邮件。状态栏统计的是现在可以发出的所有消息，包括确认邮件和 Action Network 记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="123"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="328"/>
        <source>Sign-ups</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="125"/>
        <source>Letters</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="128"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="131"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="136"/>
        <source>Back to sign-in</source>
        <translation>返回登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="172"/>
        <source>Organizer passphrase</source>
        <translation>组织者口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="174"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="180"/>
        <source>Sign-ups are locked. Type the organizer passphrase to see them.</source>
        <translation>登记已锁定。请输入组织者口令查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="198"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="211"/>
        <source>Unlocking: re-sealing earlier sign-ups, %1 of %2…</source>
        <translation>正在解锁：重新加密早先的登记，%1 / %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="250"/>
        <source>Looking up the pending sign-ups&apos; street addresses…</source>
        <translation>正在查询待定登记的街道地址…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="267"/>
        <source>Could not unlock: %1</source>
        <translation>无法解锁：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="287"/>
        <source>Locked after a while without use. Type the passphrase again.</source>
        <translation>一段时间未使用后已锁定。请再次输入口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="314"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="315"/>
        <source>Search sign-ups</source>
        <translation>搜索登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="320"/>
        <source>Pending only</source>
        <translation>仅待定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="321"/>
        <source>Show only sign-ups whose districts are still open</source>
        <translation>只显示选区尚未确定的登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="342"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="343"/>
        <source>Choose ward and precinct…</source>
        <translation>选择选区和投票区…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="344"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="345"/>
        <source>Look up pending addresses</source>
        <translation>查询待定地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="346"/>
        <source>Import paper sheets…</source>
        <translation>导入纸质登记表…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="347"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="348"/>
        <source>Sending settings…</source>
        <translation>发送设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="349"/>
        <source>Kiosk settings…</source>
        <translation>自助台设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="350"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="398"/>
        <source>Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4</source>
        <translation>登记：%1    待定：%2    信件：%3    尚未发送给议员的邮件：%4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="407"/>
        <source>Letters without a street address: %1</source>
        <translation>没有街道地址的信件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="415"/>
        <source>Choose a sign-up in the table first.</source>
        <translation>请先在表格中选择一条登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="433"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="442"/>
        <source>This sign-up&apos;s districts are already decided.</source>
        <translation>此登记的选区已经确定。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="454"/>
        <source>Resolved: its letters and emails can go now.</source>
        <translation>已确定：其信件和邮件现在可以发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="456"/>
        <source>Still not decided.</source>
        <translation>仍未确定。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="473"/>
        <source>Delete sign-up</source>
        <translation>删除登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="474"/>
        <source>Delete the sign-up of %1? Its letters and emails are dropped too.</source>
        <translation>删除 %1 的登记？其信件和邮件也会一并删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="481"/>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
</context>
</TS>
