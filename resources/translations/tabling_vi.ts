<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="76"/>
        <source>Also download the district maps (they change once a decade)</source>
        <translation>Tải cả bản đồ khu vực bầu cử (mười năm mới thay đổi một lần)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="83"/>
        <source>What the update changed</source>
        <translation>Những gì bản cập nhật đã thay đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="99"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="99"/>
        <source>yesterday</source>
        <translation>hôm qua</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="100"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="103"/>
        <source>Legislators as of %1 (%2)</source>
        <translation>Danh sách nghị sĩ tính đến %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="108"/>
        <source>This list is more than %1 days old: some members may have changed. Update it while the laptop is online.</source>
        <translation>Danh sách này đã quá %1 ngày: một số nghị sĩ có thể đã thay đổi. Hãy cập nhật khi máy có mạng.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="126"/>
        <source>Starting the update…</source>
        <translation>Đang bắt đầu cập nhật…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="156"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="170"/>
        <source>Updating the waiting letters and emails…</source>
        <translation>Đang cập nhật các thư và email đang chờ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="183"/>
        <source>The waiting letters and emails could not be re-targeted (%1); update again to retry.</source>
        <translation>Không thể chuyển các thư và email đang chờ sang người nhận mới (%1); hãy cập nhật lại để thử lần nữa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="194"/>
        <source>The legislators are up to date.</source>
        <translation>Danh sách nghị sĩ đã được cập nhật.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="207"/>
        <source>Cancelled: the legislators&apos; data was not changed.</source>
        <translation>Đã hủy: dữ liệu nghị sĩ không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/dataset_panel.py" line="215"/>
        <source>The update stopped (%1); the legislators&apos; data was not changed.</source>
        <translation>Cập nhật đã dừng (%1); dữ liệu nghị sĩ không thay đổi.</translation>
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
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="47"/>
        <source>not decided yet</source>
        <translation>chưa xác định</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="49"/>
        <source>vacant: this seat has no member now</source>
        <translation>còn trống: hiện chưa có ai giữ ghế này</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="52"/>
        <source>Democratic</source>
        <translation>Dân chủ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="53"/>
        <source>Republican</source>
        <translation>Cộng hòa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="54"/>
        <source>Independent</source>
        <translation>Độc lập</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="55"/>
        <source>Unenrolled</source>
        <translation>Không đảng phái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="60"/>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="62"/>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="64"/>
        <source>State House, room %1</source>
        <translation>State House, phòng %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="69"/>
        <source>Your legislators</source>
        <translation>Các nhà lập pháp của quý vị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="71"/>
        <source>Type your town, neighbourhood or ZIP code to see them.</source>
        <translation>Nhập thành phố, khu phố hoặc mã bưu điện của quý vị để xem.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="77"/>
        <source>State Representative</source>
        <translation>Dân biểu Tiểu bang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="79"/>
        <source>State Senator</source>
        <translation>Thượng nghị sĩ Tiểu bang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="83"/>
        <source>This name covers several towns (%1). Please type your town.</source>
        <translation>Tên này thuộc về nhiều thành phố (%1). Xin nhập thành phố của quý vị.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/legislators_card.py" line="90"/>
        <source>%1 is split between districts. Choose your ward and precinct below, or tell the volunteer your street address.</source>
        <translation>%1 thuộc nhiều khu vực bầu cử. Xin chọn phường và phân khu của quý vị ở bên dưới, hoặc cho tình nguyện viên biết địa chỉ nhà của quý vị.</translation>
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
        <location filename="../../desktop/gui/pages/volunteer_dialogs.py" line="94"/>
        <source>Where in %1 does this person live?</source>
        <translation>Người này sống ở khu nào trong %1?</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="54"/>
        <source>Set up the tabling app</source>
        <translation>Thiết lập ứng dụng bàn thông tin</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="54"/>
        <source>New event</source>
        <translation>Sự kiện mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="62"/>
        <source>Organizer passphrase</source>
        <translation>Cụm mật khẩu của người tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="66"/>
        <source>Sign-ups are locked with this passphrase. Without it nobody, not even you, can read them. Use a few unrelated words, and keep it safe.</source>
        <translation>Các bản đăng ký được khóa bằng cụm mật khẩu này. Không có nó thì không ai, kể cả quý vị, có thể đọc được. Hãy dùng vài từ không liên quan đến nhau và giữ nó an toàn.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="72"/>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="73"/>
        <source>The same again</source>
        <translation>Nhập lại lần nữa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="80"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="90"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="91"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="92"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="93"/>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="100"/>
        <source>Actions offered</source>
        <translation>Các hành động được đề xuất</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="102"/>
        <source>Printed letter</source>
        <translation>Thư in</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="103"/>
        <source>Email in the signer&apos;s name</source>
        <translation>Email đứng tên người ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="104"/>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="109"/>
        <source>Languages offered</source>
        <translation>Các ngôn ngữ được cung cấp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="117"/>
        <source>Start signing people in</source>
        <translation>Bắt đầu đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="157"/>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/setup.py" line="162"/>
        <source>Setting up…</source>
        <translation>Đang thiết lập…</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="43"/>
        <source>Import paper sign-in sheets</source>
        <translation>Nhập phiếu đăng ký giấy</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="43"/>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="50"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="50"/>
        <source>Export the sign-ups</source>
        <translation>Xuất danh sách đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="59"/>
        <source>Unlock the view to export.</source>
        <translation>Hãy mở khóa để xuất.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="68"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="74"/>
        <source>Wrote %1 sign-ups to %2. It holds names and addresses: keep it safe, and delete it when it has served.</source>
        <translation>Đã ghi %1 đăng ký vào %2. Tệp có tên và địa chỉ: hãy giữ an toàn và xóa khi không cần nữa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="79"/>
        <source>Could not export: %1</source>
        <translation>Không xuất được: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="91"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/sheet_files.py" line="96"/>
        <source>Could not import: %1</source>
        <translation>Không nhập được: %1</translation>
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
        <location filename="../../desktop/gui/table_printing.py" line="83"/>
        <source>State Representative</source>
        <translation>Dân biểu Tiểu bang</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/table_printing.py" line="83"/>
        <source>State Senator</source>
        <translation>Thượng nghị sĩ Tiểu bang</translation>
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
    <name>VolunteerPage</name>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="112"/>
        <source>Event counts</source>
        <translation>Số liệu sự kiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="117"/>
        <source>Emails to legislators include those waiting for a split town&apos;s district. The status bar counts every message ready to leave now, confirmations and Action Network records too.</source>
        <translation>Email gửi nghị sĩ bao gồm cả những email đang chờ xác định khu vực của thị trấn bị chia. Thanh trạng thái đếm mọi tin nhắn sẵn sàng gửi ngay, kể cả thư xác nhận và hồ sơ Action Network.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="123"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="328"/>
        <source>Sign-ups</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="125"/>
        <source>Letters</source>
        <translation>Thư</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="128"/>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="131"/>
        <source>Duplicates</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="136"/>
        <source>Back to sign-in</source>
        <translation>Quay lại đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="172"/>
        <source>Organizer passphrase</source>
        <translation>Cụm mật khẩu của người tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="174"/>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="180"/>
        <source>Sign-ups are locked. Type the organizer passphrase to see them.</source>
        <translation>Danh sách đăng ký đang khóa. Nhập cụm mật khẩu của người tổ chức để xem.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="198"/>
        <source>Unlocking…</source>
        <translation>Đang mở khóa…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="211"/>
        <source>Unlocking: re-sealing earlier sign-ups, %1 of %2…</source>
        <translation>Đang mở khóa: niêm phong lại các đăng ký trước, %1 trên %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="250"/>
        <source>Looking up the pending sign-ups&apos; street addresses…</source>
        <translation>Đang tra địa chỉ của các đăng ký đang chờ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="267"/>
        <source>Could not unlock: %1</source>
        <translation>Không mở khóa được: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="287"/>
        <source>Locked after a while without use. Type the passphrase again.</source>
        <translation>Đã khóa sau một lúc không dùng. Hãy nhập lại cụm mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="314"/>
        <location filename="../../desktop/gui/pages/volunteer.py" line="315"/>
        <source>Search sign-ups</source>
        <translation>Tìm đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="320"/>
        <source>Pending only</source>
        <translation>Chỉ đang chờ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="321"/>
        <source>Show only sign-ups whose districts are still open</source>
        <translation>Chỉ hiện các đăng ký chưa xác định khu vực</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="342"/>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="343"/>
        <source>Choose ward and precinct…</source>
        <translation>Chọn phường và khu bầu cử…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="344"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="345"/>
        <source>Look up pending addresses</source>
        <translation>Tra địa chỉ đang chờ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="346"/>
        <source>Import paper sheets…</source>
        <translation>Nhập phiếu giấy…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="347"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="348"/>
        <source>Sending settings…</source>
        <translation>Cài đặt gửi…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="349"/>
        <source>Kiosk settings…</source>
        <translation>Cài đặt máy đăng ký…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="350"/>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="398"/>
        <source>Sign-ups: %1    Pending: %2    Letters: %3    Emails to legislators not yet sent: %4</source>
        <translation>Đăng ký: %1    Đang chờ: %2    Thư: %3    Email gửi nghị sĩ chưa gửi: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="407"/>
        <source>Letters without a street address: %1</source>
        <translation>Thư không có địa chỉ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="415"/>
        <source>Choose a sign-up in the table first.</source>
        <translation>Hãy chọn một đăng ký trong bảng trước.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="433"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="442"/>
        <source>This sign-up&apos;s districts are already decided.</source>
        <translation>Khu vực của đăng ký này đã được xác định.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="454"/>
        <source>Resolved: its letters and emails can go now.</source>
        <translation>Đã xác định: thư và email của đăng ký này có thể gửi đi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="456"/>
        <source>Still not decided.</source>
        <translation>Vẫn chưa xác định.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="473"/>
        <source>Delete sign-up</source>
        <translation>Xóa đăng ký</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="474"/>
        <source>Delete the sign-up of %1? Its letters and emails are dropped too.</source>
        <translation>Xóa đăng ký của %1? Thư và email của họ cũng bị bỏ.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/volunteer.py" line="481"/>
        <source>Deleted.</source>
        <translation>Đã xóa.</translation>
    </message>
</context>
</TS>
