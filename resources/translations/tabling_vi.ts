<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="43"/>
        <source>Change the organizer passphrase</source>
        <translation>Đổi cụm mật khẩu của người tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="47"/>
        <source>Sign-ups stay locked as they are; from now on they open with the new passphrase only. Tell the new one to whoever needs it, and keep it safe.</source>
        <translation>Các lượt đăng ký vẫn được khóa như cũ; từ nay chỉ mở được bằng cụm mật khẩu mới. Hãy cho người cần biết cụm mật khẩu mới và giữ nó an toàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="51"/>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="52"/>
        <source>New passphrase</source>
        <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="53"/>
        <source>The new one again</source>
        <translation>Nhập lại cụm mật khẩu mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="68"/>
        <source>Change passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="99"/>
        <source>Type the current passphrase.</source>
        <translation>Hãy nhập cụm mật khẩu hiện tại.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="107"/>
        <source>The two new passphrases differ.</source>
        <translation>Hai cụm mật khẩu mới không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="111"/>
        <source>Changing the passphrase…</source>
        <translation>Đang đổi cụm mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/passphrase_dialog.py" line="126"/>
        <source>This is not the current passphrase. Nothing was changed.</source>
        <translation>Đây không phải cụm mật khẩu hiện tại. Chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="69"/>
        <source>Update legislators…</source>
        <translation>Cập nhật danh sách nghị sĩ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="71"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="77"/>
        <source>With the district maps</source>
        <translation>Kèm bản đồ khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="78"/>
        <source>Also download the district maps (they change once a decade)</source>
        <translation>Tải cả bản đồ khu vực bầu cử (mười năm mới thay đổi một lần)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="84"/>
        <source>What the update changed</source>
        <translation>Những gì bản cập nhật đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="102"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="102"/>
        <source>yesterday</source>
        <translation>hôm qua</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="106"/>
        <source>Legislators as of %1 (%2)</source>
        <translation>Danh sách nghị sĩ tính đến %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="111"/>
        <source>This list is more than %1 days old: some members may have changed. Update it while the laptop is online.</source>
        <translation>Danh sách này đã quá %1 ngày: một số nghị sĩ có thể đã thay đổi. Hãy cập nhật khi máy có mạng.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="129"/>
        <source>Starting the update…</source>
        <translation>Đang bắt đầu cập nhật…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="159"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="173"/>
        <source>Updating the waiting letters and emails…</source>
        <translation>Đang cập nhật các thư và email đang chờ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="186"/>
        <source>The waiting letters and emails could not be re-targeted (%1); update again to retry.</source>
        <translation>Không thể chuyển các thư và email đang chờ sang người nhận mới (%1); hãy cập nhật lại để thử lần nữa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="197"/>
        <source>The legislators are up to date.</source>
        <translation>Danh sách nghị sĩ đã được cập nhật.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="210"/>
        <source>Cancelled: the legislators&apos; data was not changed.</source>
        <translation>Đã hủy: dữ liệu nghị sĩ không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="218"/>
        <source>The update stopped (%1); the legislators&apos; data was not changed.</source>
        <translation>Cập nhật đã dừng (%1); dữ liệu nghị sĩ không thay đổi.</translation>
    </message>
</context>
<context>
    <name>DeliveryTab</name>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="39"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="40"/>
        <source>Member</source>
        <translation>Nghị sĩ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="41"/>
        <source>District</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="42"/>
        <source>Letters</source>
        <translation>Thư</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="43"/>
        <source>Stack</source>
        <translation>Xấp thư</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="44"/>
        <source>Delivered</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="69"/>
        <source>Stack code</source>
        <translation>Mã xấp thư</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="70"/>
        <source>Scan or type a cover sheet&apos;s code</source>
        <translation>Quét hoặc gõ mã trên trang bìa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="77"/>
        <source>Your initials (optional)</source>
        <translation>Chữ viết tắt tên của bạn (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="82"/>
        <source>Undo last scan</source>
        <translation>Hoàn tác lần quét cuối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="86"/>
        <source>Show delivered stacks too</source>
        <translation>Hiện cả các xấp thư đã giao</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="94"/>
        <source>Stacks to deliver</source>
        <translation>Các xấp thư cần giao</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="99"/>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="105"/>
        <source>Your initials (optional):</source>
        <translation>Chữ viết tắt tên của bạn (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="118"/>
        <source>As each stack is left at its office, scan the code on its cover sheet (or type it and press Enter).</source>
        <translation>Mỗi khi để lại một xấp thư ở văn phòng, hãy quét mã trên trang bìa của nó (hoặc gõ mã rồi nhấn Enter).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="149"/>
        <source>%1 by %2</source>
        <translation>%1 bởi %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="165"/>
        <source>No stacks yet: print the letters by office in the Letters tab.</source>
        <translation>Chưa có xấp thư nào: hãy in thư theo văn phòng ở thẻ Thư.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="169"/>
        <source>%1 of %2 stacks still to deliver (%n letters).</source>
        <translation>
            <numerusform>Còn %1 trên %2 xấp thư cần giao (%n thư).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="200"/>
        <source>Delivered: %1, room %2, %n letters.</source>
        <translation>
            <numerusform>Đã giao: %1, phòng %2, %n thư.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="206"/>
        <source>Already delivered: %1, at %2 by %3.</source>
        <translation>Đã giao rồi: %1, lúc %2 bởi %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="214"/>
        <source>%1 is a letter&apos;s code: scan the cover sheet on top of the stack (its code begins with S-).</source>
        <translation>%1 là mã của một lá thư: hãy quét trang bìa trên cùng của xấp thư (mã bắt đầu bằng S-).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="220"/>
        <source>No stack %1 is known here: it was never marked printed, or was printed on a laptop not synced with this one.</source>
        <translation>Không có xấp thư %1 nào ở đây: nó chưa từng được đánh dấu đã in, hoặc đã được in trên một máy tính chưa đồng bộ với máy này.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="225"/>
        <source>%1 is not a stack&apos;s code (they look like S-K7QX-M2PA).</source>
        <translation>%1 không phải mã xấp thư (mã có dạng S-K7QX-M2PA).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="246"/>
        <source>Undone: %1 is still to deliver.</source>
        <translation>Đã hoàn tác: %1 vẫn cần giao.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/delivery_tab.py" line="257"/>
        <source>Something went wrong: %1</source>
        <translation>Đã xảy ra lỗi: %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="41"/>
        <source>the same name, nothing else to compare</source>
        <translation>cùng tên, không có gì khác để so sánh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="42"/>
        <source>the same email address, another name</source>
        <translation>cùng email, tên khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="43"/>
        <source>the same phone number, another name</source>
        <translation>cùng số điện thoại, tên khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="44"/>
        <source>very similar names at the same address</source>
        <translation>tên rất giống nhau ở cùng địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="45"/>
        <source>the same name and email</source>
        <translation>cùng tên và email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="46"/>
        <source>the same name and phone</source>
        <translation>cùng tên và số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="47"/>
        <source>the same name and address</source>
        <translation>cùng tên và địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="48"/>
        <source>merged by a volunteer</source>
        <translation>do tình nguyện viên gộp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="51"/>
        <source>letter</source>
        <translation>thư</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="52"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="53"/>
        <source>email updates</source>
        <translation>tin cập nhật qua email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="54"/>
        <source>text updates</source>
        <translation>tin cập nhật qua tin nhắn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="70"/>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="75"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="77"/>
        <source>Street address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="79"/>
        <source>Town:</source>
        <translation>Thị trấn:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="81"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="82"/>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="83"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="84"/>
        <source>Asked for:</source>
        <translation>Đã yêu cầu:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="85"/>
        <source>Signed in:</source>
        <translation>Đăng ký lúc:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="123"/>
        <source>Possible duplicates</source>
        <translation>Có thể trùng lặp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="125"/>
        <source>Later sign-in</source>
        <translation>Đăng ký sau</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="126"/>
        <source>Earlier sign-in</source>
        <translation>Đăng ký trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="127"/>
        <source>Merge into the earlier one</source>
        <translation>Gộp vào đăng ký trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="129"/>
        <source>Keep apart: two people</source>
        <translation>Giữ riêng: hai người</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="132"/>
        <source>Merged sign-ups</source>
        <translation>Các đăng ký đã gộp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="134"/>
        <source>Split back into two</source>
        <translation>Tách lại làm hai</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="156"/>
        <source>Merged sign-ups (the newest merge of a sign-up can be split):</source>
        <translation>Các đăng ký đã gộp (lần gộp mới nhất của một đăng ký có thể tách ra):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="197"/>
        <source>%n possible duplicate(s) to decide. Nothing is merged until you choose; the kiosk never tells a signer that someone like them signed in.</source>
        <translation>
            <numerusform>%n trường hợp có thể trùng lặp cần quyết định. Không gì được gộp cho đến khi bạn chọn; máy đăng ký không bao giờ báo cho người ký rằng có ai giống họ đã đăng ký.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="202"/>
        <source>No possible duplicates to decide.</source>
        <translation>Không có trường hợp trùng lặp nào cần quyết định.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="254"/>
        <source>Merging…</source>
        <translation>Đang gộp…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="261"/>
        <source>Merged %1 into the earlier sign-up. Split it below if that was wrong.</source>
        <translation>Đã gộp %1 vào đăng ký trước. Nếu sai, hãy tách ra ở bên dưới.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="274"/>
        <source>Kept apart: they stay two sign-ups.</source>
        <translation>Đã giữ riêng: vẫn là hai đăng ký.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="288"/>
        <source>Split: both sign-ups are back as they were, each with its own letters and emails.</source>
        <translation>Đã tách: cả hai đăng ký trở lại như cũ, mỗi cái có thư và email riêng.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/duplicates_tab.py" line="300"/>
        <source>That did not work: %1</source>
        <translation>Không thành công: %1</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="40"/>
        <source>Correct a sign-up</source>
        <translation>Sửa một bản đăng ký</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../desktop/signin/fields.py" line="55"/>
        <source>First name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="57"/>
        <source>Last name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="59"/>
        <source>Street address</source>
        <translation>Địa chỉ nhà (số nhà và tên đường)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="62"/>
        <source>Town, neighbourhood or ZIP code</source>
        <translation>Thành phố, khu phố hoặc mã bưu điện (ZIP)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="65"/>
        <source>ZIP code</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="67"/>
        <source>Email (optional)</source>
        <translation>Email (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="69"/>
        <source>Phone (optional)</source>
        <translation>Số điện thoại (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/signin/fields.py" line="73"/>
        <source>A note for the letter</source>
        <translation>Lời nhắn cho lá thư</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="135"/>
        <source>Ward and precinct</source>
        <translation>Phường và phân khu bầu cử</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="136"/>
        <source>Preferred language</source>
        <translation>Ngôn ngữ ưa dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="145"/>
        <source>Email my legislators in my name</source>
        <translation>Gửi email đứng tên tôi đến các nhà lập pháp của tôi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="146"/>
        <source>Print a letter for me to sign</source>
        <translation>In một lá thư để tôi ký tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="147"/>
        <source>Email me updates</source>
        <translation>Gửi tin cập nhật cho tôi qua email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="148"/>
        <source>Text me updates</source>
        <translation>Gửi tin cập nhật cho tôi qua tin nhắn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="153"/>
        <location filename="../../desktop/gui/pages/signin_form.py" line="159"/>
        <source>Choose ward and precinct</source>
        <translation>Chọn phường và phân khu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="163"/>
        <source>Precinct %1</source>
        <translation>Phân khu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin_form.py" line="165"/>
        <source>Ward %1, precinct %2</source>
        <translation>Phường %1, phân khu %2</translation>
    </message>
</context>
<context>
    <name>HoldingsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="43"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="44"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="45"/>
        <source>Sign-ups with personal data</source>
        <translation>Lượt đăng ký có dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="46"/>
        <source>Oldest</source>
        <translation>Cũ nhất</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="47"/>
        <source>Purged</source>
        <translation>Xóa lúc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="72"/>
        <source>What this laptop holds</source>
        <translation>Những gì máy này lưu giữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="77"/>
        <source>Sealed (only the organizer&apos;s passphrase opens them): names, street address, place, ZIP, email, phone, note. Plain beside each sign-up: town, ward and precinct, districts, language, consents, the sign-in time to the minute. Repeat signers are recognised by digests that do not give the values back.</source>
        <translation>Được niêm phong (chỉ mật khẩu của người tổ chức mở được): họ tên, địa chỉ, nơi ở, mã bưu chính, email, điện thoại, ghi chú. Để ngỏ bên cạnh mỗi lượt đăng ký: thị trấn, phường và khu bầu cử, khu vực bầu cử, ngôn ngữ, các sự đồng ý, giờ đăng ký tính đến phút. Người đăng ký lại được nhận ra nhờ các mã băm không cho lại giá trị gốc.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="82"/>
        <source>Days to keep personal data</source>
        <translation>Số ngày giữ dữ liệu cá nhân</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="83"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="88"/>
        <source>Keep this event&apos;s personal data, after everything is sent and printed, for (days):</source>
        <translation>Giữ dữ liệu cá nhân của sự kiện này, sau khi mọi thứ đã gửi và in xong, trong (ngày):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="95"/>
        <source>Wipe this laptop…</source>
        <translation>Xóa sạch máy này…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="133"/>
        <source>nothing held</source>
        <translation>không lưu gì</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="136"/>
        <source>%1 days after %2 messages are sent and %3 letters printed</source>
        <translation>%1 ngày sau khi gửi %2 tin nhắn và in %3 thư</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="143"/>
        <source>%1 days after the last of %n waiting letters is printed</source>
        <translation>
            <numerusform>%1 ngày sau khi in xong thư cuối cùng trong %n thư đang chờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="147"/>
        <source>%1 days after the last of %n waiting messages is sent</source>
        <translation>
            <numerusform>%1 ngày sau khi gửi xong tin cuối cùng trong %n tin đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="161"/>
        <source>Saved: kept %1 days.</source>
        <translation>Đã lưu: giữ %1 ngày.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="169"/>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="179"/>
        <source>Wipe this laptop</source>
        <translation>Xóa sạch máy này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="171"/>
        <source>This destroys the organizer&apos;s keys and every sign-up on this laptop, for good. Organizer passphrase:</source>
        <translation>Thao tác này hủy vĩnh viễn khóa của người tổ chức và mọi lượt đăng ký trên máy này. Mật khẩu của người tổ chức:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="180"/>
        <source>Type WIPE to go on:</source>
        <translation>Gõ WIPE để tiếp tục:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="183"/>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="202"/>
        <source>Nothing was wiped.</source>
        <translation>Không có gì bị xóa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/holdings_tab.py" line="195"/>
        <source>Wiped. The app closes now; start it again to set it up anew.</source>
        <translation>Đã xóa sạch. Ứng dụng sẽ đóng ngay; hãy mở lại để thiết lập từ đầu.</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="44"/>
        <source>Coalition hub</source>
        <translation>Máy chủ trung tâm của liên minh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="79"/>
        <source>not reachable</source>
        <translation>không kết nối được</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="92"/>
        <source>Hub: syncing…</source>
        <translation>Máy chủ trung tâm: đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="96"/>
        <source>Hub: %1</source>
        <translation>Máy chủ trung tâm: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="98"/>
        <source>last synced at %1</source>
        <translation>đồng bộ lần cuối lúc %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/hub_status.py" line="100"/>
        <source>Hub: synced at %1 · %n laptop(s) seen</source>
        <translation>
            <numerusform>Máy chủ trung tâm: đã đồng bộ lúc %1 · đã thấy %n máy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="104"/>
        <source>Hub: last synced at %1</source>
        <translation>Máy chủ trung tâm: đồng bộ lần cuối lúc %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/hub_status.py" line="106"/>
        <source>Hub: not synced yet</source>
        <translation>Máy chủ trung tâm: chưa đồng bộ</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <location filename="../../desktop/gui/widgets/idle.py" line="88"/>
        <source>Still there? This form clears in %1 seconds. Touch any key to keep it.</source>
        <translation>Quý vị còn ở đây không? Mẫu đơn này sẽ bị xóa sau %1 giây. Chạm vào phím bất kỳ để giữ lại.</translation>
    </message>
</context>
<context>
    <name>LegislatorsCard</name>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="56"/>
        <source>not decided yet</source>
        <translation>chưa xác định</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="58"/>
        <source>vacant: this seat has no member now</source>
        <translation>còn trống: hiện chưa có ai giữ ghế này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="61"/>
        <source>Democratic</source>
        <translation>Dân chủ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="62"/>
        <source>Republican</source>
        <translation>Cộng hòa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="63"/>
        <source>Independent</source>
        <translation>Độc lập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="64"/>
        <source>Unenrolled</source>
        <translation>Không đảng phái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="69"/>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="71"/>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="73"/>
        <source>State House, room %1</source>
        <translation>State House, phòng %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="78"/>
        <source>Your legislators</source>
        <translation>Các nhà lập pháp của quý vị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="80"/>
        <source>Type your town, neighbourhood or ZIP code to see them.</source>
        <translation>Nhập thành phố, khu phố hoặc mã bưu điện của quý vị để xem.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="86"/>
        <source>State Representative</source>
        <translation>Dân biểu Tiểu bang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="88"/>
        <source>State Senator</source>
        <translation>Thượng nghị sĩ Tiểu bang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="92"/>
        <source>This name covers several towns (%1). Please type your town.</source>
        <translation>Tên này thuộc về nhiều thành phố (%1). Xin nhập thành phố của quý vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="101"/>
        <source>%1 is in %2, which is split between districts. All of %2&apos;s wards and precincts are listed below: the maps cannot tell which of them %1 covers. Choose yours, or tell the volunteer your street address.</source>
        <translation>%1 thuộc %2, nơi được chia thành nhiều khu vực bầu cử. Tất cả các phường và phân khu của %2 được liệt kê bên dưới: bản đồ không cho biết %1 nằm trong những khu nào. Hãy chọn khu của bạn, hoặc cho tình nguyện viên biết địa chỉ nhà của bạn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="111"/>
        <source>%1 is split between districts. Choose your ward and precinct below, or tell the volunteer your street address.</source>
        <translation>%1 thuộc nhiều khu vực bầu cử. Xin chọn phường và phân khu của quý vị ở bên dưới, hoặc cho tình nguyện viên biết địa chỉ nhà của quý vị.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="65"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="66"/>
        <source>To</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="67"/>
        <source>District</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="68"/>
        <source>From</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="69"/>
        <source>Town</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="70"/>
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="105"/>
        <source>Include letters already printed</source>
        <translation>Gồm cả các thư đã in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="111"/>
        <source>Every event of this day, all tables</source>
        <translation>Mọi sự kiện trong ngày này, mọi bàn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="118"/>
        <source>Letters to print</source>
        <translation>Thư cần in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="122"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="125"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="135"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="136"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="137"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="138"/>
        <source>Mark as printed</source>
        <translation>Đánh dấu đã in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="139"/>
        <source>Route sheet…</source>
        <translation>Bảng lộ trình…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="146"/>
        <source>Printer options…</source>
        <translation>Tùy chọn máy in…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="150"/>
        <source>Printer:</source>
        <translation>Máy in:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="158"/>
        <source>Letters by office, each stack with its cover sheet. Select some to print only those.</source>
        <translation>Thư theo từng văn phòng, mỗi xấp có tờ bìa riêng. Chọn một số thư để chỉ in những thư đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="211"/>
        <source>%1 (default)</source>
        <translation>%1 (mặc định)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="224"/>
        <source>No printer found: Save as PDF instead</source>
        <translation>Không tìm thấy máy in: hãy lưu thành PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="284"/>
        <source>%n copies</source>
        <translation>
            <numerusform>%n bản</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="286"/>
        <source>both sides</source>
        <translation>in hai mặt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="306"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="315"/>
        <source>%n letters to print.</source>
        <translation>
            <numerusform>%n thư cần in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="317"/>
        <source>%n letters not printable: %1</source>
        <translation>
            <numerusform>%n thư không in được: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="344"/>
        <source>There are no letters to print.</source>
        <translation>Không có thư nào cần in.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="376"/>
        <source>Sending the pages to the printer…</source>
        <translation>Đang gửi các trang đến máy in…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="381"/>
        <source>Cancelled: nothing was printed or marked.</source>
        <translation>Đã hủy: không có gì được in hay đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="385"/>
        <source>Not printed: %1</source>
        <translation>Chưa in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="388"/>
        <source>Something went wrong: %1</source>
        <translation>Đã xảy ra lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="399"/>
        <source>No printer: use Save as PDF, and print the file elsewhere.</source>
        <translation>Không có máy in: hãy dùng Lưu thành PDF rồi in tệp ở nơi khác.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="422"/>
        <source>Sent %n letters to %1.</source>
        <translation>
            <numerusform>Đã gửi %n thư đến %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="424"/>
        <source>Sent %n letters to %1, print job number %2.</source>
        <translation>
            <numerusform>Đã gửi %n thư đến %1, lệnh in số %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="430"/>
        <source>Too late to cancel: this printer had begun the job and cannot drop it.</source>
        <translation>Quá muộn để hủy: máy in này đã bắt đầu lệnh in và không thể bỏ nó.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="433"/>
        <source>They count as printed.</source>
        <translation>Các thư này được tính là đã in.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="443"/>
        <source>Save letters as PDF</source>
        <translation>Lưu thư thành PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="453"/>
        <source>Saved %n pages to %1. Mark them printed once printed.</source>
        <translation>
            <numerusform>Đã lưu %n trang vào %1. In xong hãy đánh dấu đã in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="490"/>
        <source>Marked %n letters printed.</source>
        <translation>
            <numerusform>Đã đánh dấu %n thư là đã in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="525"/>
        <source>Save the route sheet</source>
        <translation>Lưu bảng lộ trình</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/letters_tab.py" line="551"/>
        <source>No stacks yet: print the letters by office first, then the route.</source>
        <translation>Chưa có xấp thư nào: hãy in thư theo văn phòng trước, rồi mới in lộ trình.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/letters_tab.py" line="555"/>
        <source>Saved the route through %n stacks to %1.</source>
        <translation>
            <numerusform>Đã lưu lộ trình qua %n xấp thư vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../../desktop/gui/widgets/note_box.py" line="50"/>
        <source>%1 characters left</source>
        <translation>Còn %1 ký tự</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/note_box.py" line="58"/>
        <source>A few words of your own for your letter (optional)</source>
        <translation>Vài lời của quý vị cho lá thư (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="42"/>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="43"/>
        <source>To</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="44"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="45"/>
        <source>Attempts</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="46"/>
        <source>Why it failed</source>
        <translation>Lý do thất bại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="52"/>
        <source>Email to legislator</source>
        <translation>Email gửi nghị sĩ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="53"/>
        <source>Confirmation</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="54"/>
        <source>Action Network record</source>
        <translation>Hồ sơ Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="55"/>
        <source>Action Network unsubscribe</source>
        <translation>Hủy đăng ký Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="56"/>
        <source>the signer</source>
        <translation>người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="57"/>
        <source>the signer&apos;s State Representative, once the district is decided</source>
        <translation>Dân biểu Tiểu bang của người ký, khi xác định được khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="60"/>
        <source>the signer&apos;s State Senator, once the district is decided</source>
        <translation>Thượng nghị sĩ Tiểu bang của người ký, khi xác định được khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="61"/>
        <source>the signer&apos;s legislator, once the district is decided</source>
        <translation>nghị sĩ của người ký, khi xác định được khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="62"/>
        <source>a former member</source>
        <translation>một cựu nghị sĩ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="63"/>
        <source>waiting for the district</source>
        <translation>đang chờ khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="64"/>
        <source>to send</source>
        <translation>chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="65"/>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="66"/>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="67"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="68"/>
        <source>member left: re-target or drop</source>
        <translation>nghị sĩ đã rời: chuyển hoặc bỏ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="69"/>
        <source>not sent: consent withdrawn</source>
        <translation>không gửi: đã rút lại đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="97"/>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="99"/>
        <source>Retry failed</source>
        <translation>Thử lại tin thất bại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="101"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="106"/>
        <source>Re-target flagged</source>
        <translation>Chuyển các tin bị đánh dấu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="108"/>
        <source>Send them to the seat&apos;s member now, where there is one</source>
        <translation>Gửi cho nghị sĩ hiện giữ ghế đó, nếu có</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="111"/>
        <source>Drop flagged…</source>
        <translation>Bỏ các tin bị đánh dấu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="113"/>
        <source>Withdraw consent…</source>
        <translation>Rút lại đồng ý…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="116"/>
        <source>Take someone off the updates list, here and in Action Network, by email or phone</source>
        <translation>Gỡ một người khỏi danh sách nhận tin, ở đây và trên Action Network, theo email hoặc số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="150"/>
        <source>%1 and %2 are for a member who is no longer in office: re-target them to the seat&apos;s member now, or drop them.</source>
        <translation>%1 và %2 gửi cho một nghị sĩ đã thôi nhiệm vụ: hãy chuyển sang nghị sĩ hiện giữ ghế, hoặc bỏ đi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="152"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n thư</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="153"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n email</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="172"/>
        <source>Drop flagged</source>
        <translation>Bỏ các tin bị đánh dấu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="173"/>
        <source>Drop the flagged letters and emails? They will not be sent to anyone.</source>
        <translation>Bỏ các thư và email bị đánh dấu? Chúng sẽ không được gửi cho ai.</translation>
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
        <translation>Hộp thư đi đang trống.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="227"/>
        <source>Withdraw consent</source>
        <translation>Rút lại đồng ý</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="229"/>
        <source>The email address or phone number of the person who asks to be taken off the updates list:</source>
        <translation>Email hoặc số điện thoại của người muốn rời danh sách nhận tin:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="245"/>
        <source>Nothing was changed: %1</source>
        <translation>Không có gì thay đổi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="252"/>
        <source>No sign-up has that email address or phone number.</source>
        <translation>Không có đăng ký nào có email hoặc số điện thoại đó.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="255"/>
        <source>Updates consent withdrawn for %n sign-up(s).</source>
        <translation>
            <numerusform>Đã rút lại đồng ý nhận tin cho %n đăng ký.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="256"/>
        <source>Action Network records not yet sent, dropped: %1.</source>
        <translation>Hồ sơ Action Network chưa gửi, đã bỏ: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="260"/>
        <source>Unsubscribes queued for records already sent: %1 (they go at the next sync).</source>
        <translation>Yêu cầu hủy đăng ký chờ gửi cho hồ sơ đã gửi: %1 (sẽ đi ở lần đồng bộ tới).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="263"/>
        <source>Unsubscribes queued for records already sent: 0.</source>
        <translation>Yêu cầu hủy đăng ký chờ gửi cho hồ sơ đã gửi: 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/outbox_tab.py" line="271"/>
        <source>That is neither an email address nor a phone number.</source>
        <translation>Đó không phải email cũng không phải số điện thoại.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="24"/>
        <source>Passphrase strength</source>
        <translation>Độ mạnh của cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="39"/>
        <source>Strong.</source>
        <translation>Mạnh.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="41"/>
        <source>Fair: good enough. Another random word makes it stronger.</source>
        <translation>Khá: dùng được. Thêm một từ ngẫu nhiên nữa sẽ mạnh hơn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="43"/>
        <source>Weak: %1 Try four or more random words that have nothing to do with each other.</source>
        <translation>Yếu: %1 Hãy thử bốn từ ngẫu nhiên trở lên, không liên quan gì đến nhau.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="48"/>
        <source>It needs at least %1 characters.</source>
        <translation>Cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="51"/>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="52"/>
        <source>It uses too few different characters.</source>
        <translation>Có quá ít ký tự khác nhau.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="53"/>
        <source>Runs of keys like 1234567890 or qwertyuiop are guessed first.</source>
        <translation>Các dãy phím như 1234567890 hay qwertyuiop bị đoán đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="54"/>
        <source>It is, or looks like, a common password.</source>
        <translation>Đây là, hoặc giống, một mật khẩu phổ biến.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="55"/>
        <source>A single word or name is easy to guess.</source>
        <translation>Một từ hay một cái tên đơn lẻ rất dễ đoán.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="56"/>
        <source>Patterns on the keyboard are easy to guess.</source>
        <translation>Các mẫu trên bàn phím rất dễ đoán.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="57"/>
        <source>Repeated letters or patterns are easy to guess.</source>
        <translation>Chữ cái hoặc mẫu lặp lại rất dễ đoán.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="58"/>
        <source>Sequences like abc or 6543 are easy to guess.</source>
        <translation>Các chuỗi như abc hay 6543 rất dễ đoán.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="59"/>
        <source>Years and dates are easy to guess.</source>
        <translation>Năm và ngày tháng rất dễ đoán.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="60"/>
        <source>It uses words tied to the app or the event.</source>
        <translation>Có dùng những từ liên quan đến ứng dụng hoặc sự kiện.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/passphrase_strength.py" line="62"/>
        <source>It would be guessed quickly.</source>
        <translation>Sẽ bị đoán ra nhanh chóng.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/gui/widgets/pdf_preview.py" line="24"/>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
</context>
<context>
    <name>PendingLookup</name>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="25"/>
        <source>no street ranges for the place</source>
        <translation>không có dữ liệu đường phố cho nơi này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="26"/>
        <source>street not found</source>
        <translation>không tìm thấy đường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="27"/>
        <source>house number not on the street&apos;s ranges</source>
        <translation>số nhà không nằm trong dãy số của đường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="28"/>
        <source>the address is in another town</source>
        <translation>địa chỉ ở thị trấn khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="29"/>
        <source>too near a district boundary</source>
        <translation>quá gần ranh giới khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="30"/>
        <source>the street is in several parts of town (add the ZIP code)</source>
        <translation>đường này nằm ở nhiều khu trong thị trấn (thêm mã ZIP)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="31"/>
        <source>not found online</source>
        <translation>không tìm thấy trên mạng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="32"/>
        <source>the online lookup did not answer</source>
        <translation>tra cứu trên mạng không trả lời</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="75"/>
        <source>No pending sign-up has a street address to look up.</source>
        <translation>Không có đăng ký đang chờ nào có địa chỉ để tra.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="78"/>
        <source>Found the districts of %1 of %n pending sign-up(s).</source>
        <translation>
            <numerusform>Đã tìm được khu vực cho %1 trên %n đăng ký đang chờ.</numerusform>
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
        <translation>Vẫn chưa xác định: %1. Hãy chọn phường và phân khu, hoặc sửa địa chỉ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pending_lookup.py" line="95"/>
        <source>Could not look up the pending addresses: %1</source>
        <translation>Không tra được các địa chỉ đang chờ: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="49"/>
        <source>seconds</source>
        <translation>giây</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="50"/>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="68"/>
        <source>Clear a half-filled form after</source>
        <translation>Xóa phiếu điền dở sau</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="69"/>
        <source>Countdown shown before</source>
        <translation>Đếm ngược hiện trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="70"/>
        <source>Show the thank-you screen for</source>
        <translation>Hiện màn hình cảm ơn trong</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="71"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="72"/>
        <source>Print letters right after each sign-in</source>
        <translation>In thư ngay sau mỗi lần đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="73"/>
        <source>Look up street addresses online when connected</source>
        <translation>Tra địa chỉ trên mạng khi có kết nối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="74"/>
        <source>Give up on the geocoder after</source>
        <translation>Ngừng chờ dịch vụ định vị sau</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="75"/>
        <source>Warn when the legislators&apos; data is older than (days)</source>
        <translation>Cảnh báo khi dữ liệu nghị sĩ cũ hơn (ngày)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="76"/>
        <source>Volunteer view language</source>
        <translation>Ngôn ngữ trang tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="77"/>
        <source>Print through</source>
        <translation>In qua</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="78"/>
        <source>Proxy for web requests (empty: none)</source>
        <translation>Proxy cho các yêu cầu web (để trống: không dùng)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="83"/>
        <source>Automatic: CUPS where it is installed, else the system&apos;s printing</source>
        <translation>Tự động: dùng CUPS nếu đã cài, nếu không thì dùng chức năng in của hệ thống</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="84"/>
        <source>CUPS (Linux, macOS)</source>
        <translation>CUPS (Linux, macOS)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="85"/>
        <source>The system&apos;s printing, through Qt (as on Windows)</source>
        <translation>Chức năng in của hệ thống, qua Qt (như trên Windows)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="153"/>
        <source>Kiosk settings</source>
        <translation>Cài đặt máy đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="163"/>
        <source>Timings, text size and the volunteer view&apos;s language take effect at the next start; the rest at once. The online lookup sends a split town&apos;s street address to the U.S. Census Bureau&apos;s geocoder.</source>
        <translation>Thời gian, cỡ chữ và ngôn ngữ trang tình nguyện viên có hiệu lực từ lần mở tới; các mục khác có hiệu lực ngay. Tra cứu trên mạng gửi địa chỉ ở thị trấn bị chia đến dịch vụ định vị của Cục Thống kê Dân số Hoa Kỳ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="187"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/preferences_dialog.py" line="191"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
</context>
<context>
    <name>ProblemMessages</name>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="17"/>
        <source>Please fill this in.</source>
        <translation>Xin điền vào ô này.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="18"/>
        <source>This is too long.</source>
        <translation>Nội dung này quá dài.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="19"/>
        <source>This email address does not look right.</source>
        <translation>Địa chỉ email này có vẻ không đúng.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="21"/>
        <source>Our mail cannot be sent to an address with accented or non-Latin letters before the @. Please use another address, or leave it empty.</source>
        <translation>Chúng tôi không gửi thư được đến địa chỉ có chữ có dấu hoặc chữ không phải Latinh trước dấu @. Vui lòng dùng địa chỉ khác hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="23"/>
        <source>This phone number does not look right.</source>
        <translation>Số điện thoại này có vẻ không đúng.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="24"/>
        <source>We do not know this town, neighbourhood or ZIP code.</source>
        <translation>Chúng tôi không tìm thấy thành phố, khu phố hoặc mã bưu điện này.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="25"/>
        <source>This place is not in Massachusetts.</source>
        <translation>Nơi này không thuộc tiểu bang Massachusetts.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="27"/>
        <source>Please add your email, so your legislators can write back to you.</source>
        <translation>Xin thêm email của quý vị để các nhà lập pháp có thể trả lời quý vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="30"/>
        <source>Please add your email, so we can send you updates.</source>
        <translation>Vui lòng thêm email để chúng tôi gửi tin cập nhật cho bạn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="33"/>
        <source>Please add your phone number, so we can text you updates.</source>
        <translation>Vui lòng thêm số điện thoại để chúng tôi nhắn tin cập nhật cho bạn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="35"/>
        <source>This ward and precinct are not in that town.</source>
        <translation>Phường và phân khu này không thuộc thành phố đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/messages.py" line="39"/>
        <source>Did you mean: %1?</source>
        <translation>Có phải ý quý vị là: %1?</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="113"/>
        <source>Reading aloud is not available on this computer.</source>
        <translation>Máy này không đọc to được.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="116"/>
        <source>This computer has no voice for %1: nothing was read.</source>
        <translation>Máy này không có giọng đọc %1: chưa đọc gì.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/read_aloud.py" line="130"/>
        <source>This computer has no voice for %1: reading in %2.</source>
        <translation>Máy này không có giọng đọc %1: đọc bằng %2.</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="65"/>
        <source>Sign-ups by House district</source>
        <translation>Số đăng ký theo khu vực Hạ viện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="66"/>
        <source>Sign-ups by Senate district</source>
        <translation>Số đăng ký theo khu vực Thượng viện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="67"/>
        <source>Positions after the visits: House</source>
        <translation>Lập trường sau các cuộc gặp: Hạ viện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="68"/>
        <source>Positions after the visits: Senate</source>
        <translation>Lập trường sau các cuộc gặp: Thượng viện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="71"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="74"/>
        <source>Map of Massachusetts by district</source>
        <translation>Bản đồ Massachusetts theo khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="77"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="79"/>
        <source>Export counts…</source>
        <translation>Xuất số liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="104"/>
        <source>Sign-ups by district</source>
        <translation>Số đăng ký theo khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="105"/>
        <source>Positions after the visits, by district</source>
        <translation>Lập trường sau các cuộc gặp, theo khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="106"/>
        <source>House districts</source>
        <translation>Khu vực Hạ viện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="106"/>
        <source>Senate districts</source>
        <translation>Khu vực Thượng viện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="107"/>
        <source>Greater Boston</source>
        <translation>Vùng Boston mở rộng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>fewer than 5</source>
        <translation>dưới 5</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>5 to 9</source>
        <translation>5 đến 9</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="109"/>
        <source>10 to 24</source>
        <translation>10 đến 24</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>25 to 49</source>
        <translation>25 đến 49</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>50 to 99</source>
        <translation>50 đến 99</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="110"/>
        <source>100 or more</source>
        <translation>100 trở lên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="113"/>
        <source>Supports</source>
        <translation>Ủng hộ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="113"/>
        <source>Undecided</source>
        <translation>Chưa quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="114"/>
        <source>Opposes</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="114"/>
        <source>Did not say</source>
        <translation>Không cho biết</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="116"/>
        <source>Not visited</source>
        <translation>Chưa gặp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="132"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="152"/>
        <source>Drawing the sign-ups map…</source>
        <translation>Đang vẽ bản đồ đăng ký…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="154"/>
        <source>Drawing the positions map…</source>
        <translation>Đang vẽ bản đồ lập trường…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="163"/>
        <source>Up to date.</source>
        <translation>Đã cập nhật.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="169"/>
        <source>Could not make the report: %1</source>
        <translation>Không thể lập báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="181"/>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="189"/>
        <source>Export the event&apos;s counts</source>
        <translation>Xuất số liệu của sự kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="200"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="204"/>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tab.py" line="205"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="16"/>
        <source>District</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="17"/>
        <source>Member</source>
        <translation>Nghị sĩ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="18"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="25"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="74"/>
        <source>Sign-ups</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="19"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="76"/>
        <source>Letters printed</source>
        <translation>Thư đã in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="20"/>
        <location filename="../../desktop/gui/pages/report_tables.py" line="77"/>
        <source>Letters delivered</source>
        <translation>Thư đã trao</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="21"/>
        <source>Position</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="24"/>
        <source>Town</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="26"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="29"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="30"/>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="33"/>
        <source>Supports</source>
        <translation>Ủng hộ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="34"/>
        <source>Undecided</source>
        <translation>Chưa quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="35"/>
        <source>Opposes</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="36"/>
        <source>Did not say</source>
        <translation>Không cho biết</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="53"/>
        <source>Totals</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="54"/>
        <source>House</source>
        <translation>Hạ viện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="55"/>
        <source>Senate</source>
        <translation>Thượng viện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="56"/>
        <source>Towns</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="75"/>
        <source>Pending (split town, ward and precinct not yet known)</source>
        <translation>Đang chờ (thị trấn bị chia, chưa biết phường và khu bầu cử)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="78"/>
        <source>Emails sent to legislators</source>
        <translation>Email đã gửi nghị sĩ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="79"/>
        <source>Records sent to the CRM</source>
        <translation>Hồ sơ đã gửi lên CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="80"/>
        <source>Visit reports</source>
        <translation>Báo cáo cuộc gặp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="83"/>
        <source>Sign-ups in %1</source>
        <translation>Đăng ký bằng %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="90"/>
        <source>Not visited</source>
        <translation>Chưa gặp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_tables.py" line="95"/>
        <source>(town not found)</source>
        <translation>(không tìm thấy thị trấn)</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="77"/>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="81"/>
        <source>Choose ward and precinct</source>
        <translation>Chọn phường và phân khu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="79"/>
        <source>Ward and precinct in %1</source>
        <translation>Phường và phân khu ở %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="84"/>
        <source>Precinct %1</source>
        <translation>Phân khu %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="86"/>
        <source>Ward %1, precinct %2</source>
        <translation>Phường %1, phân khu %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="98"/>
        <source>Where in %1 does this person live?</source>
        <translation>Người này sống ở khu nào trong %1?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="44"/>
        <source>Sending settings</source>
        <translation>Cài đặt gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="56"/>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="69"/>
        <source>kept in the system keyring; empty: unchanged</source>
        <translation>lưu trong kho khóa của hệ thống; để trống: không đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="60"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>để trống: dùng cơ quan chứng thực của hệ thống</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="64"/>
        <source>Send sign-ups to Action Network</source>
        <translation>Gửi đăng ký lên Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="72"/>
        <source>Mail server</source>
        <translation>Máy chủ thư</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="72"/>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="73"/>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="73"/>
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="74"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="75"/>
        <source>Sending address</source>
        <translation>Địa chỉ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="76"/>
        <source>Coalition name</source>
        <translation>Tên liên minh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="77"/>
        <source>Certificate authority file (PEM)</source>
        <translation>Tệp cơ quan chứng thực (PEM)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="78"/>
        <source>Emails per second (0: no limit)</source>
        <translation>Số email mỗi giây (0: không giới hạn)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="79"/>
        <source>Action Network API</source>
        <translation>API của Action Network</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="80"/>
        <source>API key</source>
        <translation>Khóa API</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="84"/>
        <source>Send test email</source>
        <translation>Gửi email thử</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="107"/>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="112"/>
        <source>Not saved: %1.</source>
        <translation>Chưa lưu: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="137"/>
        <source>Settings saved, but not the password or key: this computer has no safe place to keep them (a system keyring). Ask the organizer to set the laptop up, or to send from a laptop that has one.</source>
        <translation>Đã lưu cài đặt, nhưng không lưu mật khẩu hay khóa: máy này không có chỗ an toàn để giữ chúng (kho khóa của hệ thống). Hãy nhờ người tổ chức cài đặt máy, hoặc gửi từ máy có kho khóa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="141"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="152"/>
        <source>Set the mail server and the sending address first.</source>
        <translation>Hãy điền máy chủ thư và địa chỉ gửi trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="156"/>
        <source>Sending a test email…</source>
        <translation>Đang gửi email thử…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="162"/>
        <source>Test email sent to %1. The settings work.</source>
        <translation>Đã gửi email thử đến %1. Cài đặt hoạt động.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/settings_dialog.py" line="168"/>
        <source>The test email was not sent: %1</source>
        <translation>Email thử chưa gửi được: %1</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="55"/>
        <source>Set up the tabling app</source>
        <translation>Thiết lập ứng dụng bàn thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="55"/>
        <source>New event</source>
        <translation>Sự kiện mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="64"/>
        <source>Organizer passphrase</source>
        <translation>Cụm mật khẩu của người tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="68"/>
        <source>Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe.</source>
        <translation>Các bản đăng ký được khóa bằng cụm mật khẩu này. Không có nó thì không ai, kể cả quý vị, có thể đọc được. Hãy dùng vài từ không liên quan đến nhau và giữ nó an toàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="74"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="75"/>
        <source>The same again</source>
        <translation>Nhập lại lần nữa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="84"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="94"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="95"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="96"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="97"/>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="104"/>
        <source>Actions offered</source>
        <translation>Các hành động được đề xuất</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="106"/>
        <source>Printed letter</source>
        <translation>Thư in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="107"/>
        <source>Email in the signer&apos;s name</source>
        <translation>Email đứng tên người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="108"/>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="113"/>
        <source>Languages offered</source>
        <translation>Các ngôn ngữ được cung cấp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="123"/>
        <source>Start signing people in</source>
        <translation>Bắt đầu đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="153"/>
        <source>The event needs a name.</source>
        <translation>Sự kiện cần có tên.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="156"/>
        <source>The event needs a place: the town will do.</source>
        <translation>Sự kiện cần có địa điểm: ghi thị trấn là đủ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="158"/>
        <source>Choose at least one action to offer.</source>
        <translation>Hãy chọn ít nhất một hành động để đề nghị.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="182"/>
        <source>Choose the organizer passphrase.</source>
        <translation>Hãy chọn cụm mật khẩu của người tổ chức.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="185"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="191"/>
        <source>Setting up…</source>
        <translation>Đang thiết lập…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="35"/>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="36"/>
        <source>the database cannot be written (read-only)</source>
        <translation>không thể ghi vào cơ sở dữ liệu (chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="37"/>
        <source>the database could not save the row</source>
        <translation>cơ sở dữ liệu không lưu được dòng này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="40"/>
        <source>Ward</source>
        <translation>Phường bầu cử (ward)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="41"/>
        <source>Precinct</source>
        <translation>Khu bỏ phiếu (precinct)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="63"/>
        <source>Import paper sign-in sheets</source>
        <translation>Nhập phiếu đăng ký giấy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="63"/>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="70"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="70"/>
        <source>Export the sign-ups</source>
        <translation>Xuất danh sách đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="79"/>
        <source>Unlock the view to export.</source>
        <translation>Hãy mở khóa để xuất.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="88"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="94"/>
        <source>Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served.</source>
        <translation>Đã ghi %1 đăng ký vào %2. Tệp có tên và địa chỉ: hãy giữ an toàn và xóa khi không cần nữa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="99"/>
        <source>Could not export: %1</source>
        <translation>Không xuất được: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="107"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="112"/>
        <source>Could not import: %1</source>
        <translation>Không nhập được: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="118"/>
        <source>%1 added, %2 merged, %3 pending, %4 rejected</source>
        <translation>%1 đã thêm, %2 đã gộp, %3 đang chờ, %4 bị từ chối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="125"/>
        <source>%1 already imported</source>
        <translation>%1 đã nhập trước đó</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/sheet_files.py" line="128"/>
        <source>%n possible duplicate(s) to review</source>
        <translation>
            <numerusform>%n trường hợp có thể trùng lặp cần xem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="131"/>
        <source>Imported %1 (read as %2): %3.</source>
        <translation>Đã nhập %1 (đọc theo %2): %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="139"/>
        <source>Stopped at line %1: %2. Saved: lines %3. Not saved: line %4 and after. Import the same file again once this is fixed: the saved rows are skipped.</source>
        <translation>Dừng ở dòng %1: %2. Đã lưu: dòng %3. Chưa lưu: từ dòng %4 trở đi. Sửa xong, hãy nhập lại cùng tệp này: các dòng đã lưu sẽ được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="143"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="146"/>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="151"/>
        <source>Line %1: may be a repeat of %2; review it in the Duplicates tab</source>
        <translation>Dòng %1: có thể trùng với %2; hãy xem ở thẻ Trùng lặp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="169"/>
        <source>its quotes (&quot;) do not pair up; check the quotes in this row</source>
        <translation>dấu ngoặc kép (&quot;) không thành cặp; hãy kiểm tra dấu ngoặc kép ở dòng này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="172"/>
        <source>a quote (&quot;) opened on this line is never closed, so the next %1 lines would be read as one cell; close or remove the quote</source>
        <translation>dấu ngoặc kép (&quot;) mở ở dòng này không bao giờ đóng, nên %1 dòng tiếp theo sẽ bị đọc thành một ô; hãy đóng hoặc xóa dấu ngoặc kép</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="176"/>
        <source>a cell holds %1 characters (at most %2)</source>
        <translation>một ô có %1 ký tự (tối đa %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="182"/>
        <source>this row holds bytes that are not UTF-8 text (the file may be damaged); retype the row</source>
        <translation>dòng này chứa byte không phải văn bản UTF-8 (tệp có thể bị hỏng); hãy gõ lại dòng này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="186"/>
        <source>the column %1 holds &apos;%2&apos;, which is not yes or no</source>
        <translation>cột %1 chứa &apos;%2&apos;, không phải có hay không</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="192"/>
        <source>the language &apos;%1&apos; is not one of %2: English is used</source>
        <translation>ngôn ngữ &apos;%1&apos; không nằm trong %2: dùng tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="202"/>
        <source>the same name</source>
        <translation>cùng tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="203"/>
        <source>the same email under another name</source>
        <translation>cùng email nhưng tên khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="204"/>
        <source>the same phone under another name</source>
        <translation>cùng số điện thoại nhưng tên khác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="205"/>
        <source>a very similar name and address</source>
        <translation>tên và địa chỉ rất giống</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="206"/>
        <source>the same name and email</source>
        <translation>cùng tên và email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="207"/>
        <source>the same name and phone</source>
        <translation>cùng tên và số điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="208"/>
        <source>the same name and address</source>
        <translation>cùng tên và địa chỉ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="212"/>
        <source>%1 as line %2</source>
        <translation>%1 với dòng %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="213"/>
        <source>%1 as an earlier sign-up</source>
        <translation>%1 với một lượt đăng ký trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="226"/>
        <source>missing</source>
        <translation>còn thiếu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="227"/>
        <source>too long</source>
        <translation>quá dài</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="228"/>
        <source>not a valid email address</source>
        <translation>không phải địa chỉ email hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="230"/>
        <source>accented or non-Latin letters before the @, which our mail cannot be sent to</source>
        <translation>có chữ có dấu hoặc không phải chữ Latinh trước @, thư của chúng tôi không gửi tới được</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="232"/>
        <source>not a valid phone number</source>
        <translation>không phải số điện thoại hợp lệ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="234"/>
        <source>not a Massachusetts town, neighbourhood or ZIP code we know</source>
        <translation>không phải thị trấn, khu phố hay mã ZIP ở Massachusetts mà chúng tôi biết</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="236"/>
        <source>outside Massachusetts</source>
        <translation>ngoài Massachusetts</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="237"/>
        <source>needed to email legislators in the signer&apos;s name</source>
        <translation>cần để gửi email cho nghị sĩ nhân danh người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="238"/>
        <source>needed to email the signer updates</source>
        <translation>cần để gửi email cập nhật cho người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="239"/>
        <source>needed to text the signer updates</source>
        <translation>cần để nhắn tin cập nhật cho người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="240"/>
        <source>does not match the town</source>
        <translation>không khớp với thị trấn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="242"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="244"/>
        <source>(did you mean %1?)</source>
        <translation>(ý bạn là %1?)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="245"/>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
</context>
<context>
    <name>SigninPage</name>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="222"/>
        <source>Type your name and town, then press Sign in.</source>
        <translation>Hãy nhập tên và thị trấn của bạn, rồi bấm Đăng ký.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="238"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="255"/>
        <source>This could not be saved. Nothing you typed is lost: please try again, or ask the volunteer.</source>
        <translation>Không lưu được. Những gì quý vị đã nhập vẫn còn nguyên: xin thử lại, hoặc hỏi tình nguyện viên.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="296"/>
        <source>Sign in to ask your legislators for the Safe Communities Act</source>
        <translation>Đăng ký để đề nghị các nhà lập pháp của quý vị ủng hộ Đạo luật Cộng đồng An toàn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="298"/>
        <location filename="../../desktop/gui/pages/signin.py" line="304"/>
        <source>Sign in</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="299"/>
        <source>Read aloud (F2)</source>
        <translation>Đọc to (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="300"/>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/signin.py" line="302"/>
        <source>Reads this screen aloud in the language chosen above</source>
        <translation>Đọc to màn hình này bằng ngôn ngữ đã chọn ở trên</translation>
    </message>
</context>
<context>
    <name>SignupsModel</name>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="29"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="30"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="31"/>
        <source>Town</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="32"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="33"/>
        <source>Representative</source>
        <translation>Dân biểu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="34"/>
        <source>Senator</source>
        <translation>Thượng nghị sĩ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="35"/>
        <source>Actions</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="40"/>
        <source>pending</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="41"/>
        <source>resolved</source>
        <translation>đã xác định</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="43"/>
        <source>no letter or email asked for</source>
        <translation>không yêu cầu thư hay email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="46"/>
        <source>no letter for %1: the seat is vacant</source>
        <translation>không có thư cho %1: ghế đang trống</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="47"/>
        <source>no email for %1: the seat is vacant</source>
        <translation>không có email cho %1: ghế đang trống</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="48"/>
        <source>no email for %1: the member has no email address</source>
        <translation>không có email cho %1: nghị sĩ không có địa chỉ email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="75"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="75"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="92"/>
        <source>(%1 waiting)</source>
        <translation>(%1 đang chờ)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/signups.py" line="121"/>
        <location filename="../../desktop/gui/models/signups.py" line="122"/>
        <source>not decided</source>
        <translation>chưa xác định</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="143"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n thư</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/models/signups.py" line="144"/>
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n email</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreetsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="42"/>
        <source>County</source>
        <translation>Quận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="43"/>
        <source>Street segments</source>
        <translation>Đoạn đường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="44"/>
        <source>Imported</source>
        <translation>Ngày nhập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="45"/>
        <source>Age</source>
        <translation>Đã bao lâu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="156"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="68"/>
        <source>In towns split between districts, a street address decides who represents the signer. Download the street ranges of the event&apos;s counties before the event, while online: then addresses are decided at the table without internet.</source>
        <translation>Ở các thị trấn bị chia giữa nhiều khu vực, địa chỉ quyết định ai đại diện cho người ký. Hãy tải dữ liệu dãy số đường của các quận nơi tổ chức sự kiện trước sự kiện, khi có mạng: khi đó địa chỉ được xác định tại bàn mà không cần internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="78"/>
        <source>Counties prepared</source>
        <translation>Các quận đã chuẩn bị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="80"/>
        <source>County to download</source>
        <translation>Quận cần tải</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="84"/>
        <source>Download street ranges</source>
        <translation>Tải dãy số đường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="87"/>
        <source>Import a file…</source>
        <translation>Nhập một tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="89"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="147"/>
        <source>The event&apos;s split towns need: %1. Not prepared yet.</source>
        <translation>Các thị trấn bị chia của sự kiện cần: %1. Chưa chuẩn bị.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="150"/>
        <source>The event&apos;s counties are prepared.</source>
        <translation>Các quận của sự kiện đã sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="152"/>
        <source>Choose the counties of the towns you expect signers from.</source>
        <translation>Hãy chọn các quận của những thị trấn mà bạn dự kiến người ký đến từ đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="163"/>
        <source>Downloading %1…</source>
        <translation>Đang tải %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="170"/>
        <source>Import Census street ranges</source>
        <translation>Nhập dãy số đường của Cục Thống kê</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="172"/>
        <source>Census ADDRFEAT files (*addrfeat*.zip)</source>
        <translation>Tệp ADDRFEAT của Cục Thống kê (*addrfeat*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="179"/>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="234"/>
        <source>Downloading %p%</source>
        <translation>Đang tải %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="234"/>
        <source>Importing %p%</source>
        <translation>Đang nhập %p%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="248"/>
        <source>%1: %2 street segments ready.</source>
        <translation>%1: %2 đoạn đường đã sẵn sàng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/streets_tab.py" line="254"/>
        <source>%n range(s) without a usable house number were left out.</source>
        <translation>
            <numerusform>Đã bỏ qua %n dãy không có số nhà dùng được.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="263"/>
        <source>Cancelled. The street ranges are as they were.</source>
        <translation>Đã hủy. Dãy số đường vẫn như cũ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/streets_tab.py" line="266"/>
        <source>%1 The street ranges are as they were.</source>
        <translation>%1 Dãy số đường vẫn như cũ.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="100"/>
        <source>Unlock the volunteer view to send.</source>
        <translation>Hãy mở khóa trang tình nguyện viên để gửi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="151"/>
        <source>Sync stopped: %1</source>
        <translation>Việc gửi đã dừng: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="155"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="156"/>
        <source>Online</source>
        <translation>Có mạng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="157"/>
        <source>Offline</source>
        <translation>Không có mạng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="160"/>
        <source>%1 · %2 to send</source>
        <translation>%1 · %2 mục chờ gửi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="162"/>
        <source>Sync now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="164"/>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/sync_status.py" line="164"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
</context>
<context>
    <name>TablePrinter</name>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="85"/>
        <source>State Representative</source>
        <translation>Dân biểu Tiểu bang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="85"/>
        <source>State Senator</source>
        <translation>Thượng nghị sĩ Tiểu bang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="147"/>
        <source>There is no printer &quot;%1&quot; on this computer.</source>
        <translation>Máy tính này không có máy in &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="151"/>
        <source>No printer is set up on this computer.</source>
        <translation>Máy tính này chưa cài đặt máy in nào.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="153"/>
        <source>The printer &quot;%1&quot; is not taking jobs right now.</source>
        <translation>Máy in &quot;%1&quot; hiện không nhận lệnh in.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="157"/>
        <source>The printer &quot;%1&quot; is paused or not ready.</source>
        <translation>Máy in &quot;%1&quot; đang tạm dừng hoặc chưa sẵn sàng.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="161"/>
        <source>This computer&apos;s print system is not running.</source>
        <translation>Hệ thống in của máy tính này không hoạt động.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="165"/>
        <source>The printer did not take the letters.</source>
        <translation>Máy in không nhận các thư.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="168"/>
        <source>The printer says: &quot;%1&quot;.</source>
        <translation>Máy in báo: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="169"/>
        <source>Printing your letters…</source>
        <translation>Đang in thư của quý vị…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="170"/>
        <source>Printed. Please sign your letters before you go.</source>
        <translation>Đã in xong. Xin quý vị ký vào thư trước khi về.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="171"/>
        <source>The letters did not print: %1</source>
        <translation>Thư chưa in được: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="176"/>
        <source>Some characters could not be printed: %1</source>
        <translation>Một số ký tự không in được: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="181"/>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="182"/>
        <source>Skip printing</source>
        <translation>Bỏ qua việc in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="185"/>
        <source>Print a card with your legislators&apos; phone numbers</source>
        <translation>In một tấm thẻ có số điện thoại của các nhà lập pháp của quý vị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="111"/>
        <source>Waiting for the letters: this screen stays open.</source>
        <translation>Đang chờ thư: màn hình này vẫn mở.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="116"/>
        <source>This screen closes in %1 seconds.</source>
        <translation>Màn hình này sẽ đóng sau %1 giây.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="167"/>
        <source>Your letters are saved. A volunteer will print them for you to sign.</source>
        <translation>Thư của bạn đã được lưu. Một tình nguyện viên sẽ in ra để bạn ký.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="207"/>
        <source>Your town is split between districts. A volunteer will confirm your district, then your letters and emails will go to the right legislators.</source>
        <translation>Thành phố của quý vị thuộc nhiều khu vực bầu cử. Một tình nguyện viên sẽ xác nhận khu vực của quý vị, sau đó thư và email của quý vị sẽ được gửi đến đúng các nhà lập pháp.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="213"/>
        <source>Your email to your legislators will be sent in your name as soon as we are online.</source>
        <translation>Email gửi các nhà lập pháp sẽ được gửi đứng tên quý vị ngay khi chúng tôi có mạng.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="219"/>
        <source>One of your seats is vacant right now, so there is nothing to send there yet.</source>
        <translation>Hiện có một ghế đại diện cho quý vị đang bị trống, nên chưa có gì để gửi cho ghế đó.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="223"/>
        <source>We will keep you informed.</source>
        <translation>Chúng tôi sẽ gửi tin tức cho quý vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="227"/>
        <source>Next person</source>
        <translation>Người tiếp theo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="239"/>
        <source>Thank you!</source>
        <translation>Cảm ơn quý vị!</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="257"/>
        <source>Call your legislators:</source>
        <translation>Gọi điện cho các nhà lập pháp của quý vị:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/thank_you.py" line="261"/>
        <source>What to say:</source>
        <translation>Có thể nói như sau:</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="55"/>
        <source>The member</source>
        <translation>Nghị sĩ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="56"/>
        <source>A staffer</source>
        <translation>Một nhân viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="57"/>
        <source>Nobody</source>
        <translation>Không ai</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="60"/>
        <source>Supports</source>
        <translation>Ủng hộ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="61"/>
        <source>Undecided</source>
        <translation>Chưa quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="62"/>
        <source>Opposes</source>
        <translation>Phản đối</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="63"/>
        <source>Did not say</source>
        <translation>Không nói</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="66"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="73"/>
        <source>Office</source>
        <translation>Văn phòng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="67"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="74"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="68"/>
        <source>Met</source>
        <translation>Đã gặp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="69"/>
        <source>Position</source>
        <translation>Lập trường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="70"/>
        <source>Commitment</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="75"/>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="134"/>
        <source>Type part of the member&apos;s name</source>
        <translation>Gõ một phần tên nghị sĩ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="142"/>
        <source>The staffer&apos;s name</source>
        <translation>Tên nhân viên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="149"/>
        <source>In their words</source>
        <translation>Theo lời của họ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="150"/>
        <source>Follow-up needed</source>
        <translation>Cần theo dõi tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="152"/>
        <source>What to do, and by whom</source>
        <translation>Cần làm gì, và ai làm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="156"/>
        <source>Save visit</source>
        <translation>Lưu chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="180"/>
        <source>Office:</source>
        <translation>Văn phòng:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="181"/>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="169"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="182"/>
        <source>Met:</source>
        <translation>Đã gặp:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="166"/>
        <source>Staffer:</source>
        <translation>Nhân viên:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="183"/>
        <source>Position:</source>
        <translation>Lập trường:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="184"/>
        <source>Commitment:</source>
        <translation>Cam kết:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="185"/>
        <source>Follow-up:</source>
        <translation>Theo dõi tiếp:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="167"/>
        <source>What to do:</source>
        <translation>Việc cần làm:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="168"/>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="186"/>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="197"/>
        <source>Visits by office</source>
        <translation>Các chuyến thăm theo văn phòng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="200"/>
        <source>Follow-up list</source>
        <translation>Danh sách theo dõi tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="202"/>
        <source>By office</source>
        <translation>Theo văn phòng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="203"/>
        <source>Follow-up</source>
        <translation>Theo dõi tiếp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="204"/>
        <source>Export as CSV…</source>
        <translation>Xuất ra CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="253"/>
        <source>Saved the visit to %1.</source>
        <translation>Đã lưu chuyến thăm %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="261"/>
        <source>Choose the office visited from the list of members.</source>
        <translation>Hãy chọn văn phòng đã thăm trong danh sách nghị sĩ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="262"/>
        <source>Write the staffer&apos;s name (or choose Nobody).</source>
        <translation>Hãy ghi tên nhân viên (hoặc chọn Không ai).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="263"/>
        <source>The visit&apos;s date is in the future.</source>
        <translation>Ngày thăm là một ngày trong tương lai.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="266"/>
        <source>Keep each text under %1 characters.</source>
        <translation>Mỗi đoạn văn phải ít hơn %1 ký tự.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="280"/>
        <source>Something went wrong: %1</source>
        <translation>Đã xảy ra lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="308"/>
        <source>Staff: %1</source>
        <translation>Nhân viên: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="331"/>
        <source>Follow-up (%1)</source>
        <translation>Theo dõi tiếp (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/visits_tab.py" line="336"/>
        <source>Export visits as CSV</source>
        <translation>Xuất các chuyến thăm ra CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/visits_tab.py" line="347"/>
        <source>Wrote %n visit reports to %1.</source>
        <translation>
            <numerusform>Đã ghi %n báo cáo chuyến thăm vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="63"/>
        <source>Delivery</source>
        <translation>Giao thư</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="64"/>
        <source>Visits</source>
        <translation>Chuyến thăm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="65"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="66"/>
        <source>Streets</source>
        <translation>Đường phố</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="67"/>
        <source>Holdings</source>
        <translation>Dữ liệu lưu giữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="137"/>
        <source>Event counts</source>
        <translation>Số liệu sự kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="142"/>
        <source>Emails to legislators include those waiting for a split town&apos;s district. The status bar counts every message ready to leave now, confirmations and Action Network records too.</source>
        <translation>Email gửi nghị sĩ bao gồm cả những email đang chờ xác định khu vực của thị trấn bị chia. Thanh trạng thái đếm mọi tin nhắn sẵn sàng gửi ngay, kể cả thư xác nhận và hồ sơ Action Network.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="148"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="353"/>
        <source>Sign-ups</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="150"/>
        <source>Letters</source>
        <translation>Thư</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="153"/>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="156"/>
        <source>Duplicates</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="161"/>
        <source>Back to sign-in</source>
        <translation>Quay lại đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="197"/>
        <source>Organizer passphrase</source>
        <translation>Cụm mật khẩu của người tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="199"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="205"/>
        <source>Sign-ups are locked. Type the organizer passphrase to see them.</source>
        <translation>Danh sách đăng ký đang khóa. Nhập cụm mật khẩu của người tổ chức để xem.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="223"/>
        <source>Unlocking…</source>
        <translation>Đang mở khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="236"/>
        <source>Unlocking: re-sealing earlier sign-ups, %1 of %2…</source>
        <translation>Đang mở khóa: niêm phong lại các đăng ký trước, %1 trên %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="275"/>
        <source>Looking up the pending sign-ups&apos; street addresses…</source>
        <translation>Đang tra địa chỉ của các đăng ký đang chờ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="292"/>
        <source>Could not unlock: %1</source>
        <translation>Không mở khóa được: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="312"/>
        <source>Locked after a while without use. Type the passphrase again.</source>
        <translation>Đã khóa sau một lúc không dùng. Hãy nhập lại cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="339"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="340"/>
        <source>Search sign-ups</source>
        <translation>Tìm đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="345"/>
        <source>Pending only</source>
        <translation>Chỉ đang chờ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="346"/>
        <source>Show only sign-ups whose districts are still open</source>
        <translation>Chỉ hiện các đăng ký chưa xác định khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="365"/>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="366"/>
        <source>Choose ward and precinct…</source>
        <translation>Chọn phường và khu bầu cử…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="367"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="368"/>
        <source>Look up pending addresses</source>
        <translation>Tra địa chỉ đang chờ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="369"/>
        <source>Import paper sheets…</source>
        <translation>Nhập phiếu giấy…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="370"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="371"/>
        <source>Sending settings…</source>
        <translation>Cài đặt gửi…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="372"/>
        <source>Kiosk settings…</source>
        <translation>Cài đặt máy đăng ký…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="373"/>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="374"/>
        <source>Change passphrase…</source>
        <translation>Đổi cụm mật khẩu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="425"/>
        <source>Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4</source>
        <translation>Đăng ký: %1    Đang chờ: %2    Thư: %3    Email gửi nghị sĩ chưa gửi: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="434"/>
        <source>Letters without a street address: %1</source>
        <translation>Thư không có địa chỉ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="442"/>
        <source>Choose a sign-up in the table first.</source>
        <translation>Hãy chọn một đăng ký trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="460"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="469"/>
        <source>This sign-up&apos;s districts are already decided.</source>
        <translation>Khu vực của đăng ký này đã được xác định.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="481"/>
        <source>Resolved: its letters and emails can go now.</source>
        <translation>Đã xác định: thư và email của đăng ký này có thể gửi đi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="483"/>
        <source>Still not decided.</source>
        <translation>Vẫn chưa xác định.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="500"/>
        <source>Delete sign-up</source>
        <translation>Xóa đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="501"/>
        <source>Delete the sign-up of %1? Its letters and emails are dropped too.</source>
        <translation>Xóa đăng ký của %1? Thư và email của họ cũng bị bỏ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="508"/>
        <source>Deleted.</source>
        <translation>Đã xóa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="523"/>
        <source>The organizer passphrase is changed.</source>
        <translation>Đã đổi cụm mật khẩu của người tổ chức.</translation>
    </message>
</context>
</TS>
