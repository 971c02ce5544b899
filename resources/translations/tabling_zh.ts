<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="43"/>
        <source>Change the organizer passphrase</source>
        <translation>更改组织者口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="47"/>
        <source>Sign-ups stay locked as they are; from now on they open with the new passphrase only. Tell the new one to whoever needs it, and keep it safe.</source>
        <translation>登记信息仍按原样加密保存；从现在起只能用新口令打开。请把新口令告诉需要的人，并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="51"/>
        <source>Current passphrase</source>
        <translation>当前口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="52"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="53"/>
        <source>The new one again</source>
        <translation>再次输入新口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="68"/>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="99"/>
        <source>Type the current passphrase.</source>
        <translation>请输入当前口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="107"/>
        <source>The two new passphrases differ.</source>
        <translation>两次输入的新口令不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="111"/>
        <source>Changing the passphrase…</source>
        <translation>正在更改口令…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="126"/>
        <source>This is not the current passphrase. Nothing was changed.</source>
        <translation>这不是当前口令。未作任何更改。</translation>
    </message>
</context>
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
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="77"/>
        <source>With the district maps</source>
        <translation>连同选区地图</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="78"/>
        <source>Also download the district maps (they change once a decade)</source>
        <translation>同时下载选区地图（每十年变更一次）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="84"/>
        <source>What the update changed</source>
        <translation>本次更新的变化</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="102"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="102"/>
        <source>yesterday</source>
        <translation>昨天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="106"/>
        <source>Legislators as of %1 (%2)</source>
        <translation>议员名单截至 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="111"/>
        <source>This list is more than %1 days old: some members may have changed. Update it while the laptop is online.</source>
        <translation>此名单已超过 %1 天：部分议员可能已变更。请在电脑联网时更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="129"/>
        <source>Starting the update…</source>
        <translation>正在开始更新…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="159"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="173"/>
        <source>Updating the waiting letters and emails…</source>
        <translation>正在更新待发的信件和电子邮件…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="186"/>
        <source>The waiting letters and emails could not be re-targeted (%1); update again to retry.</source>
        <translation>待发的信件和电子邮件无法重新指定收件人（%1）；请再次更新以重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="197"/>
        <source>The legislators are up to date.</source>
        <translation>议员名单已是最新。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="210"/>
        <source>Cancelled: the legislators&apos; data was not changed.</source>
        <translation>已取消：议员数据未作更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="218"/>
        <source>The update stopped (%1); the legislators&apos; data was not changed.</source>
        <translation>更新已停止（%1）；议员数据未作更改。</translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="39"/>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="40"/>
        <source>Member</source>
        <translation>议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="41"/>
        <source>District</source>
        <translation>选区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="42"/>
        <source>Letters</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="43"/>
        <source>Stack</source>
        <translation>信件包</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="44"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="69"/>
        <source>Stack code</source>
        <translation>信件包编码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="70"/>
        <source>Scan or type a cover sheet&apos;s code</source>
        <translation>扫描或输入封面页上的编码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="77"/>
        <source>Your initials (optional)</source>
        <translation>您的姓名首字母（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="82"/>
        <source>Undo last scan</source>
        <translation>撤销上一次扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="86"/>
        <source>Show delivered stacks too</source>
        <translation>同时显示已送达的信件包</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="94"/>
        <source>Stacks to deliver</source>
        <translation>待送达的信件包</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="99"/>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="105"/>
        <source>Your initials (optional):</source>
        <translation>您的姓名首字母（可选）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="118"/>
        <source>As each stack is left at its office, scan the code on its cover sheet (or type it and press Enter).</source>
        <translation>每将一个信件包留在议员办公室，就扫描其封面页上的编码（或输入编码后按回车键）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="149"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="165"/>
        <source>No stacks yet: print the letters by office in the Letters tab.</source>
        <translation>还没有信件包：请在“信件”标签页按办公室打印信件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="169"/>
        <source>%1 of %2 stacks still to deliver (%n letters).</source>
        <translation>
            <numerusform>%2 个信件包中还有 %1 个待送达（%n 封信）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="200"/>
        <source>Delivered: %1, room %2, %n letters.</source>
        <translation>
            <numerusform>已送达：%1，房间 %2，%n 封信。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="206"/>
        <source>Already delivered: %1, at %2 by %3.</source>
        <translation>已送达过：%1，%2 由 %3 送达。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="214"/>
        <source>%1 is a letter&apos;s code: scan the cover sheet on top of the stack (its code begins with S-).</source>
        <translation>%1 是单封信的编码：请扫描信件包最上面的封面页（其编码以 S- 开头）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="220"/>
        <source>No stack %1 is known here: it was never marked printed, or was printed on a laptop not synced with this one.</source>
        <translation>此处没有编码为 %1 的信件包：它从未被标记为已打印，或是在未与本机同步的电脑上打印的。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="225"/>
        <source>%1 is not a stack&apos;s code (they look like S-K7QX-M2PA).</source>
        <translation>%1 不是信件包编码（格式如 S-K7QX-M2PA）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="246"/>
        <source>Undone: %1 is still to deliver.</source>
        <translation>已撤销：%1 仍待送达。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="257"/>
        <source>Something went wrong: %1</source>
        <translation>出了点问题：%1</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="41"/>
        <source>the same name, nothing else to compare</source>
        <translation>同名，无其他信息可比较</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="42"/>
        <source>the same email address, another name</source>
        <translation>同一电子邮箱，不同姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="43"/>
        <source>the same phone number, another name</source>
        <translation>同一电话号码，不同姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="44"/>
        <source>very similar names at the same address</source>
        <translation>同一地址，姓名非常相似</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="45"/>
        <source>the same name and email</source>
        <translation>同名且同一电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="46"/>
        <source>the same name and phone</source>
        <translation>同名且同一电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="47"/>
        <source>the same name and address</source>
        <translation>同名且同一地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="48"/>
        <source>merged by a volunteer</source>
        <translation>由志愿者合并</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="51"/>
        <source>letter</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="52"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="53"/>
        <source>email updates</source>
        <translation>电子邮件通知</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="54"/>
        <source>text updates</source>
        <translation>短信通知</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="70"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="75"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="77"/>
        <source>Street address:</source>
        <translation>街道地址：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="79"/>
        <source>Town:</source>
        <translation>城镇：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="81"/>
        <source>Email:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="82"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="83"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="84"/>
        <source>Asked for:</source>
        <translation>申请了：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="85"/>
        <source>Signed in:</source>
        <translation>登记时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="123"/>
        <source>Possible duplicates</source>
        <translation>可能重复的登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="125"/>
        <source>Later sign-in</source>
        <translation>较晚的登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="126"/>
        <source>Earlier sign-in</source>
        <translation>较早的登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="127"/>
        <source>Merge into the earlier one</source>
        <translation>合并到较早的登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="129"/>
        <source>Keep apart: two people</source>
        <translation>分开保留：两个人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="132"/>
        <source>Merged sign-ups</source>
        <translation>已合并的登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="134"/>
        <source>Split back into two</source>
        <translation>拆回两条</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="156"/>
        <source>Merged sign-ups (the newest merge of a sign-up can be split):</source>
        <translation>已合并的登记（一条登记最近一次的合并可以拆开）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="197"/>
        <source>%n possible duplicate(s) to decide. Nothing is merged until you choose; the kiosk never tells a signer that someone like them signed in.</source>
        <translation>
            <numerusform>有 %n 组可能重复的登记待决定。在您选择之前不会合并任何登记；自助台从不告诉登记人有相似的人登记过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="202"/>
        <source>No possible duplicates to decide.</source>
        <translation>没有待决定的可能重复登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="254"/>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="261"/>
        <source>Merged %1 into the earlier sign-up. Split it below if that was wrong.</source>
        <translation>已将 %1 合并到较早的登记。如有误，请在下方拆开。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="274"/>
        <source>Kept apart: they stay two sign-ups.</source>
        <translation>已分开保留：仍是两条登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="288"/>
        <source>Split: both sign-ups are back as they were, each with its own letters and emails.</source>
        <translation>已拆开：两条登记恢复原样，各有自己的信件和邮件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="300"/>
        <source>That did not work: %1</source>
        <translation>操作失败：%1</translation>
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
    <name>HoldingsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="43"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="44"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="45"/>
        <source>Sign-ups with personal data</source>
        <translation>含个人信息的登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="46"/>
        <source>Oldest</source>
        <translation>最早</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="47"/>
        <source>Purged</source>
        <translation>清除时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="72"/>
        <source>What this laptop holds</source>
        <translation>这台电脑保存的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="77"/>
        <source>Sealed (only the organizer&apos;s passphrase opens them): names, street address, place, ZIP, email, phone, note. Plain beside each sign-up: town, ward and precinct, districts, language, consents, the sign-in time to the minute. Repeat signers are recognised by digests that do not give the values back.</source>
        <translation>已加密（只有组织者的密码能打开）：姓名、街道地址、地点、邮编、电子邮件、电话、备注。每条登记旁的明文：城镇、选区和投票区、议会选区、语言、同意事项、精确到分钟的登记时间。重复登记者通过无法还原原值的摘要来识别。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="82"/>
        <source>Days to keep personal data</source>
        <translation>个人信息保留天数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="83"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="88"/>
        <source>Keep this event&apos;s personal data, after everything is sent and printed, for (days):</source>
        <translation>全部发送和打印完成后，本活动的个人信息保留（天）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="95"/>
        <source>Wipe this laptop…</source>
        <translation>清空这台电脑…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="133"/>
        <source>nothing held</source>
        <translation>无保存内容</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="136"/>
        <source>%1 days after %2 messages are sent and %3 letters printed</source>
        <translation>发送 %2 条消息并打印 %3 封信后 %1 天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="143"/>
        <source>%1 days after the last of %n waiting letters is printed</source>
        <translation>
            <numerusform>%n 封待打印信件全部打印后 %1 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="147"/>
        <source>%1 days after the last of %n waiting messages is sent</source>
        <translation>
            <numerusform>%n 条待发送消息全部发送后 %1 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="161"/>
        <source>Saved: kept %1 days.</source>
        <translation>已保存：保留 %1 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="169"/>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="179"/>
        <source>Wipe this laptop</source>
        <translation>清空这台电脑</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="171"/>
        <source>This destroys the organizer&apos;s keys and every sign-up on this laptop, for good. Organizer passphrase:</source>
        <translation>这将永久销毁组织者的密钥和这台电脑上的所有登记。组织者密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="180"/>
        <source>Type WIPE to go on:</source>
        <translation>输入 WIPE 以继续：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="183"/>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="202"/>
        <source>Nothing was wiped.</source>
        <translation>未清除任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="195"/>
        <source>Wiped. The app closes now; start it again to set it up anew.</source>
        <translation>已清空。应用现在关闭；请重新启动以重新设置。</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="44"/>
        <source>Coalition hub</source>
        <translation>联盟中心服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="79"/>
        <source>not reachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="92"/>
        <source>Hub: syncing…</source>
        <translation>中心服务器：正在同步…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="96"/>
        <source>Hub: %1</source>
        <translation>中心服务器：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="98"/>
        <source>last synced at %1</source>
        <translation>上次同步于 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/hub_status.py" line="100"/>
        <source>Hub: synced at %1 · %n laptop(s) seen</source>
        <translation>
            <numerusform>中心服务器：%1 已同步 · 已连接 %n 台电脑</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="104"/>
        <source>Hub: last synced at %1</source>
        <translation>中心服务器：上次同步于 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="106"/>
        <source>Hub: not synced yet</source>
        <translation>中心服务器：尚未同步</translation>
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
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="56"/>
        <source>not decided yet</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="58"/>
        <source>vacant: this seat has no member now</source>
        <translation>空缺：这个席位目前没有议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="61"/>
        <source>Democratic</source>
        <translation>民主党</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="62"/>
        <source>Republican</source>
        <translation>共和党</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="63"/>
        <source>Independent</source>
        <translation>独立人士</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="64"/>
        <source>Unenrolled</source>
        <translation>无党派</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="69"/>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="71"/>
        <source>Email: %1</source>
        <translation>电子邮箱：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="73"/>
        <source>State House, room %1</source>
        <translation>State House，%1室</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="78"/>
        <source>Your legislators</source>
        <translation>您的州议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="80"/>
        <source>Type your town, neighbourhood or ZIP code to see them.</source>
        <translation>输入您的城镇、社区或邮编，就可以看到他们。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="86"/>
        <source>State Representative</source>
        <translation>州众议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="88"/>
        <source>State Senator</source>
        <translation>州参议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="92"/>
        <source>This name covers several towns (%1). Please type your town.</source>
        <translation>这个名称对应多个城镇（%1）。请输入您的城镇。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="101"/>
        <source>%1 is in %2, which is split between districts. All of %2&apos;s wards and precincts are listed below: the maps cannot tell which of them %1 covers. Choose yours, or tell the volunteer your street address.</source>
        <translation>%1 位于 %2，该城镇分属不同选区。下面列出了 %2 的所有选区和投票区：地图无法判断 %1 属于其中哪些。请选择您的选区，或把您的街道地址告诉志愿者。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="111"/>
        <source>%1 is split between districts. Choose your ward and precinct below, or tell the volunteer your street address.</source>
        <translation>%1分属多个选区。请在下面选择您的区和投票区，或者把您的街道地址告诉志愿者。</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="65"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="66"/>
        <source>To</source>
        <translation>收信人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="67"/>
        <source>District</source>
        <translation>选区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="68"/>
        <source>From</source>
        <translation>寄信人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="69"/>
        <source>Town</source>
        <translation>城镇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="70"/>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="105"/>
        <source>Include letters already printed</source>
        <translation>包括已打印的信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="111"/>
        <source>Every event of this day, all tables</source>
        <translation>当天所有活动，所有桌位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="118"/>
        <source>Letters to print</source>
        <translation>待打印的信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="122"/>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="125"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="135"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="136"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="137"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="138"/>
        <source>Mark as printed</source>
        <translation>标记为已打印</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="139"/>
        <source>Route sheet…</source>
        <translation>路线单…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="146"/>
        <source>Printer options…</source>
        <translation>打印机选项…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="150"/>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="158"/>
        <source>Letters by office, each stack with its cover sheet. Select some to print only those.</source>
        <translation>信件按办公室分组，每叠附有封面页。选中部分信件可只打印这些。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="211"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="224"/>
        <source>No printer found: Save as PDF instead</source>
        <translation>未找到打印机：请改为另存为 PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="284"/>
        <source>%n copies</source>
        <translation>
            <numerusform>%n 份</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="286"/>
        <source>both sides</source>
        <translation>双面</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="306"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="315"/>
        <source>%n letters to print.</source>
        <translation>
            <numerusform>%n 封信待打印。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="317"/>
        <source>%n letters not printable: %1</source>
        <translation>
            <numerusform>%n 封信无法打印：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="344"/>
        <source>There are no letters to print.</source>
        <translation>没有待打印的信件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="376"/>
        <source>Sending the pages to the printer…</source>
        <translation>正在把页面发送到打印机…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="381"/>
        <source>Cancelled: nothing was printed or marked.</source>
        <translation>已取消：没有打印或标记任何信件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="385"/>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="388"/>
        <source>Something went wrong: %1</source>
        <translation>出了问题：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="399"/>
        <source>No printer: use Save as PDF, and print the file elsewhere.</source>
        <translation>没有打印机：请另存为 PDF，再到别处打印该文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="422"/>
        <source>Sent %n letters to %1.</source>
        <translation>
            <numerusform>已将 %n 封信发送到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="424"/>
        <source>Sent %n letters to %1, print job number %2.</source>
        <translation>
            <numerusform>已将 %n 封信发送到 %1，打印任务编号 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="430"/>
        <source>Too late to cancel: this printer had begun the job and cannot drop it.</source>
        <translation>来不及取消：这台打印机已开始该任务，无法放弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="433"/>
        <source>They count as printed.</source>
        <translation>这些信件计为已打印。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="443"/>
        <source>Save letters as PDF</source>
        <translation>将信件另存为 PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="453"/>
        <source>Saved %n pages to %1. Mark them printed once printed.</source>
        <translation>
            <numerusform>已将 %n 页保存到 %1。打印后请标记为已打印。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="490"/>
        <source>Marked %n letters printed.</source>
        <translation>
            <numerusform>已将 %n 封信标记为已打印。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="525"/>
        <source>Save the route sheet</source>
        <translation>保存路线单</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="551"/>
        <source>No stacks yet: print the letters by office first, then the route.</source>
        <translation>还没有信件包：请先按办公室打印信件，再打印路线单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="555"/>
        <source>Saved the route through %n stacks to %1.</source>
        <translation>
            <numerusform>已将经过 %n 个信件包的路线保存到 %1。</numerusform>
        </translation>
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
    <name>OutboxTab</name>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="42"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="43"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="44"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="45"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="46"/>
        <source>Why it failed</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="52"/>
        <source>Email to legislator</source>
        <translation>给议员的邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="53"/>
        <source>Confirmation</source>
        <translation>确认邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="54"/>
        <source>Action Network record</source>
        <translation>Action Network 记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="55"/>
        <source>Action Network unsubscribe</source>
        <translation>Action Network 退订</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="56"/>
        <source>the signer</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="57"/>
        <source>the signer&apos;s State Representative, once the district is decided</source>
        <translation>登记人的州众议员（选区确定后）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="60"/>
        <source>the signer&apos;s State Senator, once the district is decided</source>
        <translation>登记人的州参议员（选区确定后）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="61"/>
        <source>the signer&apos;s legislator, once the district is decided</source>
        <translation>登记人的议员（选区确定后）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="62"/>
        <source>a former member</source>
        <translation>前任议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="63"/>
        <source>waiting for the district</source>
        <translation>等待确定选区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="64"/>
        <source>to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="65"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="66"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="67"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="68"/>
        <source>member left: re-target or drop</source>
        <translation>议员已离任：改发或放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="69"/>
        <source>not sent: consent withdrawn</source>
        <translation>未发送：已撤回同意</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="97"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="99"/>
        <source>Retry failed</source>
        <translation>重试失败的消息</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="101"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="106"/>
        <source>Re-target flagged</source>
        <translation>改发已标记的消息</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="108"/>
        <source>Send them to the seat&apos;s member now, where there is one</source>
        <translation>改发给该席位现任议员（如有）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="111"/>
        <source>Drop flagged…</source>
        <translation>放弃已标记的消息…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="113"/>
        <source>Withdraw consent…</source>
        <translation>撤回同意…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="116"/>
        <source>Take someone off the updates list, here and in Action Network, by email or phone</source>
        <translation>按电子邮箱或电话，把某人从通知名单中移除（本机和 Action Network）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="150"/>
        <source>%1 and %2 are for a member who is no longer in office: re-target them to the seat&apos;s member now, or drop them.</source>
        <translation>%1和%2是写给已离任议员的：请改发给该席位现任议员，或放弃。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="152"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n 封信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="153"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="172"/>
        <source>Drop flagged</source>
        <translation>放弃已标记的消息</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="173"/>
        <source>Drop the flagged letters and emails? They will not be sent to anyone.</source>
        <translation>放弃已标记的信件和邮件？它们不会发给任何人。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="206"/>
        <source>%1 %2</source>
        <comment>a count, then a state: 2 sent</comment>
        <translation>%2：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="211"/>
        <source>The outbox is empty.</source>
        <translation>发件箱是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="227"/>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="229"/>
        <source>The email address or phone number of the person who asks to be taken off the updates list:</source>
        <translation>要求退出通知名单的人的电子邮箱或电话号码：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="245"/>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="252"/>
        <source>No sign-up has that email address or phone number.</source>
        <translation>没有登记使用这个电子邮箱或电话号码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="255"/>
        <source>Updates consent withdrawn for %n sign-up(s).</source>
        <translation>
            <numerusform>已撤回 %n 条登记的通知同意。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="256"/>
        <source>Action Network records not yet sent, dropped: %1.</source>
        <translation>尚未发送的 Action Network 记录已放弃：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="260"/>
        <source>Unsubscribes queued for records already sent: %1 (they go at the next sync).</source>
        <translation>已排队等待的退订（针对已发送的记录）：%1（下次同步时发出）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="263"/>
        <source>Unsubscribes queued for records already sent: 0.</source>
        <translation>已排队等待的退订（针对已发送的记录）：0。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="271"/>
        <source>That is neither an email address nor a phone number.</source>
        <translation>这既不是电子邮箱，也不是电话号码。</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="24"/>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="39"/>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="41"/>
        <source>Fair: good enough. Another random word makes it stronger.</source>
        <translation>中等：可以使用。再加一个随机单词会更强。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="43"/>
        <source>Weak: %1 Try four or more random words that have nothing to do with each other.</source>
        <translation>弱：%1 请试试四个或更多互不相关的随机单词。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="48"/>
        <source>It needs at least %1 characters.</source>
        <translation>至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="51"/>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="52"/>
        <source>It uses too few different characters.</source>
        <translation>使用的不同字符太少。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="53"/>
        <source>Runs of keys like 1234567890 or qwertyuiop are guessed first.</source>
        <translation>像 1234567890 或 qwertyuiop 这样的连续按键会最先被猜到。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="54"/>
        <source>It is, or looks like, a common password.</source>
        <translation>它是或很像一个常见密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="55"/>
        <source>A single word or name is easy to guess.</source>
        <translation>单个单词或名字很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="56"/>
        <source>Patterns on the keyboard are easy to guess.</source>
        <translation>键盘上的规律很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="57"/>
        <source>Repeated letters or patterns are easy to guess.</source>
        <translation>重复的字母或规律很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="58"/>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation>像 abc 或 6543 这样的序列很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="59"/>
        <source>Years and dates are easy to guess.</source>
        <translation>年份和日期很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="60"/>
        <source>It uses words tied to the app or the event.</source>
        <translation>它使用了与本应用或本次活动相关的词。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="62"/>
        <source>It would be guessed quickly.</source>
        <translation>它很快就会被猜到。</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_preview.py" line="24"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>PendingLookup</name>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="25"/>
        <source>no street ranges for the place</source>
        <translation>该地没有街道范围数据</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="26"/>
        <source>street not found</source>
        <translation>未找到街道</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="27"/>
        <source>house number not on the street&apos;s ranges</source>
        <translation>门牌号不在该街道的范围内</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="28"/>
        <source>the address is in another town</source>
        <translation>地址在另一个城镇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="29"/>
        <source>too near a district boundary</source>
        <translation>太靠近选区边界</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="30"/>
        <source>the street is in several parts of town (add the ZIP code)</source>
        <translation>该街道位于城镇的多个区域（请加上邮编）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="31"/>
        <source>not found online</source>
        <translation>网上未找到</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="32"/>
        <source>the online lookup did not answer</source>
        <translation>在线查询没有回应</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="75"/>
        <source>No pending sign-up has a street address to look up.</source>
        <translation>没有待定登记有可查询的街道地址。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="78"/>
        <source>Found the districts of %1 of %n pending sign-up(s).</source>
        <translation>
            <numerusform>已找到 %n 条待定登记中 %1 条的选区。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="82"/>
        <source>%1 %2</source>
        <comment>a count, then why: 2 street not found</comment>
        <translation>%2：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="88"/>
        <source>Still open: %1. Choose their ward and precinct, or correct the address.</source>
        <translation>仍未确定：%1。请选择区和投票区，或更正地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="95"/>
        <source>Could not look up the pending addresses: %1</source>
        <translation>无法查询待定地址：%1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="49"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="50"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="68"/>
        <source>Clear a half-filled form after</source>
        <translation>半填表单清空时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="69"/>
        <source>Countdown shown before</source>
        <translation>清空前倒计时</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="70"/>
        <source>Show the thank-you screen for</source>
        <translation>感谢页面显示时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="71"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="72"/>
        <source>Print letters right after each sign-in</source>
        <translation>每次登记后立即打印信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="73"/>
        <source>Look up street addresses online when connected</source>
        <translation>联网时在线查询街道地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="74"/>
        <source>Give up on the geocoder after</source>
        <translation>地理编码查询超时</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="75"/>
        <source>Warn when the legislators&apos; data is older than (days)</source>
        <translation>议员数据超过以下天数时提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="76"/>
        <source>Volunteer view language</source>
        <translation>志愿者页面语言</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="77"/>
        <source>Print through</source>
        <translation>打印方式</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="78"/>
        <source>Proxy for web requests (empty: none)</source>
        <translation>网络请求使用的代理（留空：不使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="83"/>
        <source>Automatic: CUPS where it is installed, else the system&apos;s printing</source>
        <translation>自动：已安装 CUPS 时用 CUPS，否则用系统打印</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="84"/>
        <source>CUPS (Linux, macOS)</source>
        <translation>CUPS（Linux、macOS）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="85"/>
        <source>The system&apos;s printing, through Qt (as on Windows)</source>
        <translation>通过 Qt 使用系统打印（与 Windows 相同）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="153"/>
        <source>Kiosk settings</source>
        <translation>自助台设置</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="163"/>
        <source>Timings, text size and the volunteer view&apos;s language take effect at the next start; the rest at once. The online lookup sends a split town&apos;s street address to the U.S. Census Bureau&apos;s geocoder.</source>
        <translation>各项时间、文字大小和志愿者页面语言在下次启动时生效；其余设置立即生效。在线查询会把分区城镇的街道地址发送给美国人口普查局的地理编码服务。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="187"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="191"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
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
    <name>ReportTab</name>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="65"/>
        <source>Sign-ups by House district</source>
        <translation>各众议院选区登记人数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="66"/>
        <source>Sign-ups by Senate district</source>
        <translation>各参议院选区登记人数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="67"/>
        <source>Positions after the visits: House</source>
        <translation>拜访后的立场：众议院</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="68"/>
        <source>Positions after the visits: Senate</source>
        <translation>拜访后的立场：参议院</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="71"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="74"/>
        <source>Map of Massachusetts by district</source>
        <translation>马萨诸塞州选区地图</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="77"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="79"/>
        <source>Export counts…</source>
        <translation>导出统计数字…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="104"/>
        <source>Sign-ups by district</source>
        <translation>各选区登记人数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="105"/>
        <source>Positions after the visits, by district</source>
        <translation>拜访后的立场（按选区）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="106"/>
        <source>House districts</source>
        <translation>众议院选区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="106"/>
        <source>Senate districts</source>
        <translation>参议院选区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="107"/>
        <source>Greater Boston</source>
        <translation>大波士顿地区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>fewer than 5</source>
        <translation>少于 5</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>5 to 9</source>
        <translation>5 至 9</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>10 to 24</source>
        <translation>10 至 24</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>25 to 49</source>
        <translation>25 至 49</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>50 to 99</source>
        <translation>50 至 99</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>100 or more</source>
        <translation>100 及以上</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="113"/>
        <source>Supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="113"/>
        <source>Undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="114"/>
        <source>Opposes</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="114"/>
        <source>Did not say</source>
        <translation>未表态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="116"/>
        <source>Not visited</source>
        <translation>未拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="132"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="152"/>
        <source>Drawing the sign-ups map…</source>
        <translation>正在绘制登记地图…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="154"/>
        <source>Drawing the positions map…</source>
        <translation>正在绘制立场地图…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="163"/>
        <source>Up to date.</source>
        <translation>已是最新。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="169"/>
        <source>Could not make the report: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="181"/>
        <source>Save the report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="189"/>
        <source>Export the event&apos;s counts</source>
        <translation>导出本次活动的统计数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="200"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="204"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="205"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="16"/>
        <source>District</source>
        <translation>选区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="17"/>
        <source>Member</source>
        <translation>议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="18"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="25"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="74"/>
        <source>Sign-ups</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="19"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="76"/>
        <source>Letters printed</source>
        <translation>已打印信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="20"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="77"/>
        <source>Letters delivered</source>
        <translation>已递交信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="21"/>
        <source>Position</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="24"/>
        <source>Town</source>
        <translation>城镇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="26"/>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="29"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="30"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="33"/>
        <source>Supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="34"/>
        <source>Undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="35"/>
        <source>Opposes</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="36"/>
        <source>Did not say</source>
        <translation>未表态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="53"/>
        <source>Totals</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="54"/>
        <source>House</source>
        <translation>众议院</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="55"/>
        <source>Senate</source>
        <translation>参议院</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="56"/>
        <source>Towns</source>
        <translation>城镇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="75"/>
        <source>Pending (split town, ward and precinct not yet known)</source>
        <translation>待定（跨选区城镇，选区和投票分区尚未确定）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="78"/>
        <source>Emails sent to legislators</source>
        <translation>已发给议员的电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="79"/>
        <source>Records sent to the CRM</source>
        <translation>已发送到 CRM 的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="80"/>
        <source>Visit reports</source>
        <translation>拜访报告</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="83"/>
        <source>Sign-ups in %1</source>
        <translation>使用%1的登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="90"/>
        <source>Not visited</source>
        <translation>未拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="95"/>
        <source>(town not found)</source>
        <translation>（未找到城镇）</translation>
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
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="84"/>
        <source>Precinct %1</source>
        <translation>第%1投票区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="86"/>
        <source>Ward %1, precinct %2</source>
        <translation>第%1区，第%2投票区</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="98"/>
        <source>Where in %1 does this person live?</source>
        <translation>这个人住在%1的哪个地方？</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="44"/>
        <source>Sending settings</source>
        <translation>发送设置</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="56"/>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="69"/>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>保存在系统密钥环中；留空：不更改</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="60"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>留空：使用系统的证书颁发机构</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="64"/>
        <source>Send sign-ups to Action Network</source>
        <translation>把登记发送到 Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="72"/>
        <source>Mail server</source>
        <translation>邮件服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="72"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="73"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="73"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="74"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="75"/>
        <source>Sending address</source>
        <translation>发件地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="76"/>
        <source>Coalition name</source>
        <translation>联盟名称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="77"/>
        <source>Certificate authority file (PEM)</source>
        <translation>证书颁发机构文件 (PEM)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="78"/>
        <source>Emails per second (0: no limit)</source>
        <translation>每秒邮件数（0：不限）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="79"/>
        <source>Action Network API</source>
        <translation>Action Network 接口</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="80"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="84"/>
        <source>Send test email</source>
        <translation>发送测试邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="107"/>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="112"/>
        <source>Not saved: %1.</source>
        <translation>未保存：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="137"/>
        <source>Settings saved, but not the password or key: this computer has no safe place to keep them (a system keyring). Ask the organizer to set the laptop up, or to send from a laptop that has one.</source>
        <translation>设置已保存，但密码和密钥没有保存：这台电脑没有安全的保存位置（系统密钥环）。请组织者设置这台笔记本电脑，或改用有密钥环的电脑发送。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="141"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="152"/>
        <source>Set the mail server and the sending address first.</source>
        <translation>请先填写邮件服务器和发件地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="156"/>
        <source>Sending a test email…</source>
        <translation>正在发送测试邮件…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="162"/>
        <source>Test email sent to %1. The settings work.</source>
        <translation>测试邮件已发送到 %1。设置有效。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="168"/>
        <source>The test email was not sent: %1</source>
        <translation>测试邮件未发送：%1</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="55"/>
        <source>Set up the tabling app</source>
        <translation>设置摆摊登记应用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="55"/>
        <source>New event</source>
        <translation>新活动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="64"/>
        <source>Organizer passphrase</source>
        <translation>组织者口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="68"/>
        <source>Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe.</source>
        <translation>登记信息由这个口令锁定。没有它，任何人（包括您自己）都无法读取。请使用几个互不相关的词，并妥善保管。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="74"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="75"/>
        <source>The same again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="84"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="94"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="95"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="96"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="97"/>
        <source>Campaign</source>
        <translation>倡议活动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="104"/>
        <source>Actions offered</source>
        <translation>提供的行动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="106"/>
        <source>Printed letter</source>
        <translation>打印的信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="107"/>
        <source>Email in the signer&apos;s name</source>
        <translation>以签名人名义发送的电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="108"/>
        <source>Call</source>
        <translation>打电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="113"/>
        <source>Languages offered</source>
        <translation>提供的语言</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="123"/>
        <source>Start signing people in</source>
        <translation>开始登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="153"/>
        <source>The event needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="156"/>
        <source>The event needs a place: the town will do.</source>
        <translation>活动需要一个地点：写城镇即可。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="158"/>
        <source>Choose at least one action to offer.</source>
        <translation>请至少选择一项要提供的行动。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="182"/>
        <source>Choose the organizer passphrase.</source>
        <translation>请设置组织者口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="185"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="191"/>
        <source>Setting up…</source>
        <translation>正在设置…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="35"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="36"/>
        <source>the database cannot be written (read-only)</source>
        <translation>无法写入数据库（只读）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="37"/>
        <source>the database could not save the row</source>
        <translation>数据库无法保存该行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="40"/>
        <source>Ward</source>
        <translation>选区（Ward）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="41"/>
        <source>Precinct</source>
        <translation>投票分区（Precinct）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="63"/>
        <source>Import paper sign-in sheets</source>
        <translation>导入纸质登记表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="63"/>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="70"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="70"/>
        <source>Export the sign-ups</source>
        <translation>导出登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="79"/>
        <source>Unlock the view to export.</source>
        <translation>请先解锁再导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="88"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="94"/>
        <source>Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served.</source>
        <translation>已将 %1 条登记写入 %2。文件含有姓名和地址：请妥善保管，用完后删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="99"/>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="107"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="112"/>
        <source>Could not import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="118"/>
        <source>%1 added, %2 merged, %3 pending, %4 rejected</source>
        <translation>新增 %1，合并 %2，待定 %3，拒绝 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="125"/>
        <source>%1 already imported</source>
        <translation>%1 条已导入过</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/sheet_files.py" line="128"/>
        <source>%n possible duplicate(s) to review</source>
        <translation>
            <numerusform>%n 条可能重复，待查看</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="131"/>
        <source>Imported %1 (read as %2): %3.</source>
        <translation>已导入 %1（按 %2 读取）：%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="139"/>
        <source>Stopped at line %1: %2. Saved: lines %3. Not saved: line %4 and after. Import the same file again once this is fixed: the saved rows are skipped.</source>
        <translation>在第 %1 行停止：%2。已保存：第 %3 行。未保存：第 %4 行及之后。问题解决后请再次导入同一文件：已保存的行会被跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="143"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="146"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="151"/>
        <source>Line %1: may be a repeat of %2; review it in the Duplicates tab</source>
        <translation>第 %1 行：可能与%2重复；请在“重复”标签页查看</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="169"/>
        <source>its quotes (&quot;) do not pair up; check the quotes in this row</source>
        <translation>引号（&quot;）不成对；请检查这一行的引号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="172"/>
        <source>a quote (&quot;) opened on this line is never closed, so the next %1 lines would be read as one cell; close or remove the quote</source>
        <translation>这一行开始的引号（&quot;）没有闭合，后面 %1 行会被当作一个单元格读取；请补上或删除该引号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="176"/>
        <source>a cell holds %1 characters (at most %2)</source>
        <translation>某个单元格有 %1 个字符（最多 %2 个）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="182"/>
        <source>this row holds bytes that are not UTF-8 text (the file may be damaged); retype the row</source>
        <translation>这一行含有不是 UTF-8 文本的字节（文件可能已损坏）；请重新输入这一行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="186"/>
        <source>the column %1 holds &apos;%2&apos;, which is not yes or no</source>
        <translation>%1 列的内容是“%2”，既不是“是”也不是“否”</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="192"/>
        <source>the language &apos;%1&apos; is not one of %2: English is used</source>
        <translation>语言“%1”不在 %2 之中：改用英语</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="202"/>
        <source>the same name</source>
        <translation>同名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="203"/>
        <source>the same email under another name</source>
        <translation>同一电子邮件但姓名不同</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="204"/>
        <source>the same phone under another name</source>
        <translation>同一电话但姓名不同</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="205"/>
        <source>a very similar name and address</source>
        <translation>非常相近的姓名和地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="206"/>
        <source>the same name and email</source>
        <translation>同名且同一电子邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="207"/>
        <source>the same name and phone</source>
        <translation>同名且同一电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="208"/>
        <source>the same name and address</source>
        <translation>同名且同一地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="212"/>
        <source>%1 as line %2</source>
        <translation>与第 %2 行%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="213"/>
        <source>%1 as an earlier sign-up</source>
        <translation>与之前的一条登记%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="226"/>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="227"/>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="228"/>
        <source>not a valid email address</source>
        <translation>不是有效的电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="230"/>
        <source>accented or non-Latin letters before the @, which our mail cannot be sent to</source>
        <translation>@ 前有带重音或非拉丁字母，我们的邮件无法发送到此地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="232"/>
        <source>not a valid phone number</source>
        <translation>不是有效的电话号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="234"/>
        <source>not a Massachusetts town, neighbourhood or ZIP code we know</source>
        <translation>不是我们知道的麻州城镇、街区或邮编</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="236"/>
        <source>outside Massachusetts</source>
        <translation>在麻州以外</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="237"/>
        <source>needed to email legislators in the signer&apos;s name</source>
        <translation>以签名人名义给议员发邮件时需要</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="238"/>
        <source>needed to email the signer updates</source>
        <translation>给签名人发送最新消息邮件时需要</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="239"/>
        <source>needed to text the signer updates</source>
        <translation>给签名人发送最新消息短信时需要</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="240"/>
        <source>does not match the town</source>
        <translation>与城镇不符</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="242"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="244"/>
        <source>(did you mean %1?)</source>
        <translation>（您是指 %1 吗？）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="245"/>
        <source> or </source>
        <translation> 或 </translation>
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
    <name>SignupsModel</name>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="29"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="30"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="31"/>
        <source>Town</source>
        <translation>城镇</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="32"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="33"/>
        <source>Representative</source>
        <translation>众议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="34"/>
        <source>Senator</source>
        <translation>参议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="35"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="40"/>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="41"/>
        <source>resolved</source>
        <translation>已确定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="43"/>
        <source>no letter or email asked for</source>
        <translation>未申请信件或邮件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="46"/>
        <source>no letter for %1: the seat is vacant</source>
        <translation>%1 无信件：该席位空缺</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="47"/>
        <source>no email for %1: the seat is vacant</source>
        <translation>%1 无电子邮件：该席位空缺</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="48"/>
        <source>no email for %1: the member has no email address</source>
        <translation>%1 无电子邮件：该议员没有电子邮件地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="75"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="75"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="92"/>
        <source>(%1 waiting)</source>
        <translation>（%1 封等待中）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="121"/>
        <location filename="../../desktop/gui/models/signups.py" line="122"/>
        <source>not decided</source>
        <translation>未确定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="143"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n 封信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="144"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n 封邮件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreetsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="42"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="43"/>
        <source>Street segments</source>
        <translation>街道路段</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="44"/>
        <source>Imported</source>
        <translation>导入日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="45"/>
        <source>Age</source>
        <translation>已有时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="68"/>
        <source>In towns split between districts, a street address decides who represents the signer. Download the street ranges of the event&apos;s counties before the event, while online: then addresses are decided at the table without internet.</source>
        <translation>在分属多个选区的城镇，街道地址决定登记人的代表议员。请在活动前联网下载活动所在县的街道范围：这样在现场无需上网也能确定地址所属选区。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="78"/>
        <source>Counties prepared</source>
        <translation>已准备的县</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="80"/>
        <source>County to download</source>
        <translation>要下载的县</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="84"/>
        <source>Download street ranges</source>
        <translation>下载街道范围</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="87"/>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="89"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="147"/>
        <source>The event&apos;s split towns need: %1. Not prepared yet.</source>
        <translation>活动的分区城镇需要：%1。尚未准备。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="150"/>
        <source>The event&apos;s counties are prepared.</source>
        <translation>活动所在的县已准备好。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="152"/>
        <source>Choose the counties of the towns you expect signers from.</source>
        <translation>请选择预计登记人所在城镇的县。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="163"/>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="170"/>
        <source>Import Census street ranges</source>
        <translation>导入人口普查街道范围</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="172"/>
        <source>Census ADDRFEAT files (*addrfeat*.zip)</source>
        <translation>人口普查 ADDRFEAT 文件 (*addrfeat*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="179"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="234"/>
        <source>Downloading %p%</source>
        <translation>正在下载 %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="234"/>
        <source>Importing %p%</source>
        <translation>正在导入 %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="248"/>
        <source>%1: %2 street segments ready.</source>
        <translation>%1：%2 个街道路段已就绪。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="254"/>
        <source>%n range(s) without a usable house number were left out.</source>
        <translation>
            <numerusform>已略去 %n 个没有可用门牌号的范围。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="263"/>
        <source>Cancelled. The street ranges are as they were.</source>
        <translation>已取消。街道范围保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="266"/>
        <source>%1 The street ranges are as they were.</source>
        <translation>%1 街道范围保持不变。</translation>
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
        <location filename="../../desktop/gui/table_printing.py" line="85"/>
        <source>State Representative</source>
        <translation>州众议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="85"/>
        <source>State Senator</source>
        <translation>州参议员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="147"/>
        <source>There is no printer &quot;%1&quot; on this computer.</source>
        <translation>这台电脑上没有名为“%1”的打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="151"/>
        <source>No printer is set up on this computer.</source>
        <translation>这台电脑上没有设置打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="153"/>
        <source>The printer &quot;%1&quot; is not taking jobs right now.</source>
        <translation>打印机“%1”目前不接受打印任务。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="157"/>
        <source>The printer &quot;%1&quot; is paused or not ready.</source>
        <translation>打印机“%1”已暂停或尚未就绪。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="161"/>
        <source>This computer&apos;s print system is not running.</source>
        <translation>这台电脑的打印系统没有运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="165"/>
        <source>The printer did not take the letters.</source>
        <translation>打印机没有接收这些信件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="168"/>
        <source>The printer says: &quot;%1&quot;.</source>
        <translation>打印机提示：“%1”。</translation>
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
    <name>VisitsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="55"/>
        <source>The member</source>
        <translation>议员本人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="56"/>
        <source>A staffer</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="57"/>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="60"/>
        <source>Supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="61"/>
        <source>Undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="62"/>
        <source>Opposes</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="63"/>
        <source>Did not say</source>
        <translation>未表态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="66"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="73"/>
        <source>Office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="67"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="74"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="68"/>
        <source>Met</source>
        <translation>会见对象</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="69"/>
        <source>Position</source>
        <translation>立场</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="70"/>
        <source>Commitment</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="75"/>
        <source>What to do</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="134"/>
        <source>Type part of the member&apos;s name</source>
        <translation>输入议员姓名的一部分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="142"/>
        <source>The staffer&apos;s name</source>
        <translation>工作人员的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="149"/>
        <source>In their words</source>
        <translation>用对方的原话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="150"/>
        <source>Follow-up needed</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="152"/>
        <source>What to do, and by whom</source>
        <translation>要做什么，由谁来做</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="156"/>
        <source>Save visit</source>
        <translation>保存拜访记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="180"/>
        <source>Office:</source>
        <translation>办公室：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="181"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="169"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="182"/>
        <source>Met:</source>
        <translation>会见对象：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="166"/>
        <source>Staffer:</source>
        <translation>工作人员：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="183"/>
        <source>Position:</source>
        <translation>立场：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="184"/>
        <source>Commitment:</source>
        <translation>承诺：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="185"/>
        <source>Follow-up:</source>
        <translation>跟进：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="167"/>
        <source>What to do:</source>
        <translation>待办事项：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="168"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="186"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="197"/>
        <source>Visits by office</source>
        <translation>按办公室列出的拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="200"/>
        <source>Follow-up list</source>
        <translation>跟进清单</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="202"/>
        <source>By office</source>
        <translation>按办公室</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="203"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="204"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="253"/>
        <source>Saved the visit to %1.</source>
        <translation>已保存对 %1 的拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="261"/>
        <source>Choose the office visited from the list of members.</source>
        <translation>请从议员名单中选择所拜访的办公室。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="262"/>
        <source>Write the staffer&apos;s name (or choose Nobody).</source>
        <translation>请填写工作人员的姓名（或选择“无人”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="263"/>
        <source>The visit&apos;s date is in the future.</source>
        <translation>拜访日期是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="266"/>
        <source>Keep each text under %1 characters.</source>
        <translation>每段文字请少于 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="280"/>
        <source>Something went wrong: %1</source>
        <translation>出了点问题：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="308"/>
        <source>Staff: %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="331"/>
        <source>Follow-up (%1)</source>
        <translation>跟进（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="336"/>
        <source>Export visits as CSV</source>
        <translation>将拜访记录导出为 CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/visits_tab.py" line="347"/>
        <source>Wrote %n visit reports to %1.</source>
        <translation>
            <numerusform>已将 %n 份拜访报告写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="63"/>
        <source>Delivery</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="64"/>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="65"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="66"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="67"/>
        <source>Holdings</source>
        <translation>保存的数据</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="137"/>
        <source>Event counts</source>
        <translation>活动统计</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="142"/>
        <source>Emails to legislators include those waiting for a split town&apos;s district. The status bar counts every message ready to leave now, confirmations and Action Network records too.</source>
        <translation>给议员的邮件包括正在等待分区城镇确定选区的邮件。状态栏统计的是现在可以发出的所有消息，包括确认邮件和 Action Network 记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="148"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="353"/>
        <source>Sign-ups</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="150"/>
        <source>Letters</source>
        <translation>信件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="153"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="156"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="161"/>
        <source>Back to sign-in</source>
        <translation>返回登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="197"/>
        <source>Organizer passphrase</source>
        <translation>组织者口令</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="199"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="205"/>
        <source>Sign-ups are locked. Type the organizer passphrase to see them.</source>
        <translation>登记已锁定。请输入组织者口令查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="223"/>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="236"/>
        <source>Unlocking: re-sealing earlier sign-ups, %1 of %2…</source>
        <translation>正在解锁：重新加密早先的登记，%1 / %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="275"/>
        <source>Looking up the pending sign-ups&apos; street addresses…</source>
        <translation>正在查询待定登记的街道地址…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="292"/>
        <source>Could not unlock: %1</source>
        <translation>无法解锁：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="312"/>
        <source>Locked after a while without use. Type the passphrase again.</source>
        <translation>一段时间未使用后已锁定。请再次输入口令。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="339"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="340"/>
        <source>Search sign-ups</source>
        <translation>搜索登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="345"/>
        <source>Pending only</source>
        <translation>仅待定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="346"/>
        <source>Show only sign-ups whose districts are still open</source>
        <translation>只显示选区尚未确定的登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="365"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="366"/>
        <source>Choose ward and precinct…</source>
        <translation>选择选区和投票区…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="367"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="368"/>
        <source>Look up pending addresses</source>
        <translation>查询待定地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="369"/>
        <source>Import paper sheets…</source>
        <translation>导入纸质登记表…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="370"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="371"/>
        <source>Sending settings…</source>
        <translation>发送设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="372"/>
        <source>Kiosk settings…</source>
        <translation>自助台设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="373"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="374"/>
        <source>Change passphrase…</source>
        <translation>更改口令…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="425"/>
        <source>Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4</source>
        <translation>登记：%1    待定：%2    信件：%3    尚未发送给议员的邮件：%4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="434"/>
        <source>Letters without a street address: %1</source>
        <translation>没有街道地址的信件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="442"/>
        <source>Choose a sign-up in the table first.</source>
        <translation>请先在表格中选择一条登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="460"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="469"/>
        <source>This sign-up&apos;s districts are already decided.</source>
        <translation>此登记的选区已经确定。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="481"/>
        <source>Resolved: its letters and emails can go now.</source>
        <translation>已确定：其信件和邮件现在可以发出。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="483"/>
        <source>Still not decided.</source>
        <translation>仍未确定。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="500"/>
        <source>Delete sign-up</source>
        <translation>删除登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="501"/>
        <source>Delete the sign-up of %1? Its letters and emails are dropped too.</source>
        <translation>删除 %1 的登记？其信件和邮件也会一并删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="508"/>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="523"/>
        <source>The organizer passphrase is changed.</source>
        <translation>组织者口令已更改。</translation>
    </message>
</context>
</TS>
