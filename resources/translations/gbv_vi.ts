<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>AccountsTab</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>T&amp;hêm tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Đổi &amp;mật khẩu của tôi…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Khóa tài khoản</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>Mở &amp;khóa tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>A new password for {username}. Tell it to them in person.</source>
        <translation>Mật khẩu mới cho tài khoản {username}. Vui lòng thông báo trực tiếp cho người dùng.</translation>
    </message>
    <message>
        <source>Account {username} added.</source>
        <translation>Đã thêm tài khoản {username}.</translation>
    </message>
    <message>
        <source>Account {username} disabled.</source>
        <translation>Đã khóa tài khoản {username}.</translation>
    </message>
    <message>
        <source>Account {username} enabled.</source>
        <translation>Đã mở khóa tài khoản {username}.</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tất cả tài khoản</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters that others cannot guess.</source>
        <translation>Chọn mật khẩu có ít nhất 8 ký tự mà người khác không đoán được.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <source>Disable the account {username}? It can no longer sign in. Enabling it again needs a new password.</source>
        <translation>Khóa tài khoản {username}? Tài khoản này sẽ không đăng nhập được nữa. Muốn mở khóa lại phải đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Mở khóa tài khoản</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Tài khoản của tôi</translation>
    </message>
    <message>
        <source>Only an administrator can add accounts, reset passwords or disable accounts. Ask your administrator if someone needs an account.</source>
        <translation>Chỉ quản trị viên mới được thêm tài khoản, đặt lại mật khẩu hoặc khóa tài khoản. Nếu cần tạo tài khoản cho người khác, vui lòng liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Signed in as {name} ({username}), {role}.</source>
        <translation>Đang đăng nhập: {name} ({username}), {role}.</translation>
    </message>
    <message>
        <source>The password of {username} has been reset.</source>
        <translation>Đã đặt lại mật khẩu của tài khoản {username}.</translation>
    </message>
    <message>
        <source>To enable {username} again, give the account a new password.</source>
        <translation>Để mở khóa tài khoản {username}, vui lòng đặt mật khẩu mới cho tài khoản.</translation>
    </message>
    <message>
        <source>You cannot disable the account you are signed in with.</source>
        <translation>Không thể khóa tài khoản đang dùng để đăng nhập.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Đã đổi mật khẩu thành công.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Attendance</source>
        <translation>Số người tham dự</translation>
    </message>
    <message>
        <source>Attendances (total)</source>
        <translation>Tổng lượt người</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Co-organising bodies</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>End date (if several days)</source>
        <translation>Ngày kết thúc (nếu nhiều ngày)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Materials handed out</source>
        <translation>Tài liệu cấp phát</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Organisation and cost</source>
        <translation>Tổ chức và kinh phí</translation>
    </message>
    <message>
        <source>Place (hamlet, residential group)</source>
        <translation>Địa điểm (thôn, buôn, tổ dân phố)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>e.g. Thematic talk on preventing domestic violence</source>
        <translation>VD: Nói chuyện chuyên đề về phòng, chống bạo lực gia đình</translation>
    </message>
    <message>
        <source>men</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>of whom children</source>
        <translation>trong đó trẻ em</translation>
    </message>
    <message>
        <source>of whom from ethnic minorities</source>
        <translation>trong đó người dân tộc thiểu số</translation>
    </message>
    <message>
        <source>women</source>
        <translation>nữ</translation>
    </message>
    <message>
        <source>{n} not counted by sex</source>
        <translation>{n} lượt chưa phân theo giới tính</translation>
    </message>
    <message>
        <source>⚠ women + men = {n}, more than the total</source>
        <translation>⚠ nữ + nam = {n}, lớn hơn tổng số</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Age group</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến ngày</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Số lượt người tham dự</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Khoản kinh phí</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Children attending</source>
        <translation>Số trẻ em tham dự</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày ngừng hoạt động</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Đồng ý chia sẻ thông tin</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Bạo lực gia đình</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Nhà tài trợ</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Ethnic minority attending</source>
        <translation>Số người dân tộc thiểu số tham dự</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kiến nghị, xử lý sau kiểm tra</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>Identifying details</source>
        <translation>Thông tin nhận dạng</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>In-kind value</source>
        <translation>Giá trị hiện vật</translation>
    </message>
    <message>
        <source>Inspected body</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>Đơn vị kiểm tra</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <source>Materials handed out</source>
        <translation>Số tài liệu phát ra</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Men attending</source>
        <translation>Số nam tham dự</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nhu cầu trợ giúp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s relation</source>
        <translation>Quan hệ của người gây bạo lực</translation>
    </message>
    <message>
        <source>Perpetrator&apos;s sex</source>
        <translation>Giới tính người gây bạo lực</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự toán</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã vụ việc</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Ngày tiếp nhận thông tin</translation>
    </message>
    <message>
        <source>Reporting channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ trợ giúp</translation>
    </message>
    <message>
        <source>Set up on</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Địa điểm tổ chức</translation>
    </message>
    <message>
        <source>Shelter days</source>
        <translation>Số ngày tạm lánh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Đã chi</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Diễn biến vụ việc</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Người bị bạo lực</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Violence types</source>
        <translation>Loại bạo lực</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Women attending</source>
        <translation>Số nữ tham dự</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Account:</source>
        <translation>Tài &amp;khoản:</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Xóa bộ lọc</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Kiểm tra &amp;chuỗi nhật ký</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Th&amp;ao tác:</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tất cả tài khoản</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tất cả thao tác</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Every change to records, accounts and settings, with who made it and when. The log names the fields that changed, never their contents, and cannot be edited. Each entry is sealed to the one before it, so an entry altered outside the program is found by “Verify the chain”.</source>
        <translation>Mọi thay đổi đối với hồ sơ, tài khoản và thiết lập, kèm người thực hiện và thời điểm. Nhật ký chỉ ghi tên các mục đã thay đổi, không ghi nội dung, và không thể chỉnh sửa. Mỗi dòng nhật ký được gắn mã niêm phong với dòng trước đó, nên dòng nào bị sửa bên ngoài phần mềm sẽ bị phát hiện khi “Kiểm tra chuỗi nhật ký”.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Đến &amp;ngày:</translation>
    </message>
    <message>
        <source>The chain could not be verified: {reason}</source>
        <translation>Không kiểm tra được chuỗi nhật ký: {reason}</translation>
    </message>
    <message>
        <source>The change log is intact: all {n} entries follow from one another.</source>
        <translation>Nhật ký thay đổi còn nguyên vẹn: toàn bộ {n} dòng nhật ký khớp nối liên tục với nhau.</translation>
    </message>
    <message>
        <source>The change log was altered outside the program: {count} entries do not match the chain (entries {ids}). They are shown in red. Keep this database as it is, and tell whoever is responsible for data protection.</source>
        <translation>Nhật ký thay đổi đã bị sửa bên ngoài phần mềm: {count} dòng không khớp với chuỗi nhật ký (dòng số {ids}), được tô màu đỏ. Đề nghị giữ nguyên cơ sở dữ liệu này và báo ngay cho người phụ trách bảo vệ dữ liệu.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Đang kiểm tra chuỗi nhật ký…</translation>
    </message>
    <message>
        <source>{n} entries.</source>
        <translation>{n} dòng nhật ký.</translation>
    </message>
    <message>
        <source>{shown} of {n} entries.</source>
        <translation>{shown} trên tổng số {n} dòng nhật ký.</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Mở khóa tài khoản</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Changed fields or details</source>
        <translation>Mục đã thay đổi hoặc chi tiết</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Member unit</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Cấp khóa khôi phục mới</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Received report package</source>
        <translation>Gói báo cáo đã nhận</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <source>Records (all kinds)</source>
        <translation>Hồ sơ (tất cả các loại)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>This entry does not match the chain: it was altered outside the program.</source>
        <translation>Dòng nhật ký này không khớp với chuỗi nhật ký: đã bị sửa bên ngoài phần mềm.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>không có thay đổi</translation>
    </message>
    <message>
        <source>role: {role}</source>
        <translation>vai trò: {role}</translation>
    </message>
    <message>
        <source>the programme and its calendar</source>
        <translation>chương trình và lịch báo cáo</translation>
    </message>
    <message>
        <source>the second backup folder</source>
        <translation>thư mục sao lưu thứ hai</translation>
    </message>
    <message>
        <source>the unit&apos;s details</source>
        <translation>thông tin đơn vị</translation>
    </message>
    <message>
        <source>{n} records, with identifying details</source>
        <translation>{n} hồ sơ, có thông tin nhận dạng</translation>
    </message>
    <message>
        <source>{n} records, without identifying details</source>
        <translation>{n} hồ sơ, không có thông tin nhận dạng</translation>
    </message>
</context>
<context>
    <name>Backoff</name>
    <message>
        <source>Too many wrong attempts. You can try again in {seconds} s.</source>
        <translation>Nhập sai quá nhiều lần. Có thể thử lại sau {seconds} giây.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup made and checked at {time} ({size}).</source>
        <translation>Đã sao lưu và kiểm tra bản sao lưu lúc {time} ({size}).</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Sao lưu không thành công: {reason}</translation>
    </message>
    <message>
        <source>The copy to {folder} was not made: {reason}</source>
        <translation>Chưa sao chép được sang {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Restoring a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Restoring {name}… The current database is kept aside first.</source>
        <translation>Đang khôi phục {name}… Cơ sở dữ liệu hiện tại được cất giữ riêng trước khi thay thế.</translation>
    </message>
    <message>
        <source>The backup has been restored.

Sign in to continue.</source>
        <translation>Đã khôi phục bản sao lưu.

Vui lòng đăng nhập để tiếp tục.</translation>
    </message>
    <message>
        <source>The backup has been restored. The database it replaced is kept as {name} in {folder}.

Sign in to continue.</source>
        <translation>Đã khôi phục bản sao lưu. Cơ sở dữ liệu bị thay thế được lưu giữ với tên {name} trong thư mục {folder}.

Vui lòng đăng nhập để tiếp tục.</translation>
    </message>
    <message>
        <source>The backup was not restored: {reason}

The database was not changed.</source>
        <translation>Chưa khôi phục được bản sao lưu: {reason}

Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>Trước khi cập nhật phần mềm</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Damaged — do not use</source>
        <translation>Bị hỏng — không sử dụng</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Bị thay thế khi khôi phục</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi lưu</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sao &amp;lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Khôi phục bản sao lưu này…</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>A backup is made automatically after changes (at most every 30 minutes) and when the program closes. Each backup is encrypted with the database&apos;s key and checked after it is written. Old automatic backups are thinned: all of the last 2 days are kept, then one a day for 2 weeks, one a week for 3 months and one a month after that.</source>
        <translation>Phần mềm tự động sao lưu sau khi dữ liệu thay đổi (tối đa 30 phút một lần) và khi đóng phần mềm. Mỗi bản sao lưu được mã hóa bằng khóa của cơ sở dữ liệu và được kiểm tra lại sau khi ghi. Các bản sao lưu tự động cũ được lược bớt: giữ tất cả các bản trong 2 ngày gần nhất, sau đó mỗi ngày một bản trong 2 tuần, mỗi tuần một bản trong 3 tháng và mỗi tháng một bản về sau.</translation>
    </message>
    <message>
        <source>Also copied to:</source>
        <translation>Sao chép thêm vào:</translation>
    </message>
    <message>
        <source>Also copy backups to</source>
        <translation>Sao chép thêm bản sao lưu vào</translation>
    </message>
    <message>
        <source>Back up &amp;to a folder or drive…</source>
        <translation>Sao lưu vào thư mục hoặc ổ đĩ&amp;a khác…</translation>
    </message>
    <message>
        <source>Back up to a folder or drive</source>
        <translation>Sao lưu vào thư mục hoặc ổ đĩa khác</translation>
    </message>
    <message>
        <source>Backup made and checked: {path} ({size}).</source>
        <translation>Đã sao lưu và kiểm tra: {path} ({size}).</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>Backups (*.gbvbak)</source>
        <translation>Bản sao lưu (*.gbvbak)</translation>
    </message>
    <message>
        <source>Backups are no longer copied to a second folder.</source>
        <translation>Đã ngừng sao chép bản sao lưu sang thư mục thứ hai.</translation>
    </message>
    <message>
        <source>C&amp;hoose a folder or drive…</source>
        <translation>&amp;Chọn thư mục hoặc ổ đĩa…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose a folder on a USB stick or another drive, and keep it away from this computer. When it is not plugged in, the backup is still made in the data folder.</source>
        <translation>Chọn một thư mục trên USB hoặc ổ đĩa khác và cất giữ ở nơi tách biệt với máy tính này. Khi USB hoặc ổ đĩa không được cắm vào máy, bản sao lưu vẫn được lưu trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>Choose another folder than the data folder&apos;s own backups.</source>
        <translation>Vui lòng chọn thư mục khác với thư mục sao lưu trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>From now on, every backup is also copied to {folder}.</source>
        <translation>Từ nay, mỗi bản sao lưu đều được sao chép thêm vào {folder}.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {date}?

Everything entered after that moment will no longer be in the database. The current database is not deleted: it is kept in the backups folder and can be restored in the same way.

The program locks while it restores; then sign in again.</source>
        <translation>Thay thế cơ sở dữ liệu bằng bản sao lưu lúc {date}?

Mọi thông tin nhập sau thời điểm đó sẽ không còn trong cơ sở dữ liệu. Cơ sở dữ liệu hiện tại không bị xóa: được lưu giữ trong thư mục sao lưu và có thể khôi phục lại theo cách tương tự.

Phần mềm sẽ khóa trong khi khôi phục; sau đó vui lòng đăng nhập lại.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Khôi phục từ tệp sao lưu</translation>
    </message>
    <message>
        <source>Restore from a fi&amp;le…</source>
        <translation>Khôi phục từ tệ&amp;p…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Stop co&amp;pying</source>
        <translation>&amp;Ngừng sao chép</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Sao lưu không thành công: {reason}</translation>
    </message>
    <message>
        <source>The copy to {folder} was not made: {reason}</source>
        <translation>Chưa sao chép được sang {folder}: {reason}</translation>
    </message>
    <message>
        <source>There is no backup yet. Press “Back up now” to make one.</source>
        <translation>Chưa có bản sao lưu nào. Nhấn “Sao lưu ngay” để tạo bản sao lưu.</translation>
    </message>
    <message>
        <source>Where backups are kept</source>
        <translation>Nơi lưu bản sao lưu</translation>
    </message>
    <message>
        <source>{folder} (not connected now)</source>
        <translation>{folder} (hiện chưa kết nối)</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <source>Assigned when the case is first saved</source>
        <translation>Tự động cấp khi lưu vụ việc lần đầu</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Đồng ý chia sẻ thông tin</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Days sheltered at a trusted address</source>
        <translation>Số ngày tạm lánh tại địa chỉ tin cậy</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Bạo lực gia đình</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Handling and status</source>
        <translation>Xử lý và tình trạng vụ việc</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Là người khuyết tật</translation>
    </message>
    <message>
        <source>How it came in</source>
        <translation>Nguồn tiếp nhận</translation>
    </message>
    <message>
        <source>How the perpetrator was dealt with</source>
        <translation>Biện pháp xử lý người gây bạo lực</translation>
    </message>
    <message>
        <source>Identifying details — visible only to administrators and case workers</source>
        <translation>Thông tin nhận dạng — chỉ quản trị viên và người hỗ trợ vụ việc được xem</translation>
    </message>
    <message>
        <source>Kept apart from the statistics and never included in reports or report packages. Leave out anything the survivor did not want recorded.</source>
        <translation>Được lưu riêng với số liệu thống kê, không bao giờ đưa vào báo cáo hay gói số liệu báo cáo. Không ghi những thông tin mà người bị bạo lực không muốn ghi lại.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nhu cầu hỗ trợ</translation>
    </message>
    <message>
        <source>Needs and services</source>
        <translation>Nhu cầu và dịch vụ hỗ trợ</translation>
    </message>
    <message>
        <source>Not yet served: {needs}</source>
        <translation>Chưa được hỗ trợ: {needs}</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Người gây bạo lực</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Mã vụ việc</translation>
    </message>
    <message>
        <source>Relation to the survivor</source>
        <translation>Quan hệ với người bị bạo lực</translation>
    </message>
    <message>
        <source>Same person as in case {ref} (a repeat case)</source>
        <translation>Cùng người bị bạo lực với vụ việc {ref} (bị bạo lực lặp lại)</translation>
    </message>
    <message>
        <source>Save, then start a new case with the same date reported and channel (Ctrl+Shift+S)</source>
        <translation>Lưu, rồi nhập tiếp vụ việc khác cùng ngày tiếp nhận và nguồn tiếp nhận (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Service {n}: {message}</source>
        <translation>Dịch vụ thứ {n}: {message}</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Dịch vụ đã cung cấp</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Survivor (statistics only, no names)</source>
        <translation>Người bị bạo lực (chỉ để thống kê, không ghi tên)</translation>
    </message>
    <message>
        <source>The survivor agreed</source>
        <translation>Người bị bạo lực đã đồng ý</translation>
    </message>
    <message>
        <source>Tick only when the survivor has agreed that the case may be shared with service providers.</source>
        <translation>Chỉ đánh dấu khi người bị bạo lực đã đồng ý cho chia sẻ thông tin vụ việc với các cơ sở cung cấp dịch vụ.</translation>
    </message>
    <message>
        <source>Tick when this new case is about the same person as the case it was copied from; otherwise it counts as a different person.</source>
        <translation>Đánh dấu khi vụ việc mới này là của cùng người bị bạo lực trong vụ việc được sao chép; nếu không đánh dấu, vụ việc được tính cho một người khác.</translation>
    </message>
    <message>
        <source>Types of violence</source>
        <translation>Loại bạo lực</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Hành vi bạo lực</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Diễn biến sự việc</translation>
    </message>
    <message>
        <source>Year of birth (if known)</source>
        <translation>Năm sinh (nếu biết)</translation>
    </message>
    <message>
        <source>Yes, within the family</source>
        <translation>Có, xảy ra trong gia đình</translation>
    </message>
    <message>
        <source>about {age} years old when reported</source>
        <translation>khoảng {age} tuổi khi tiếp nhận</translation>
    </message>
    <message>
        <source>⚠ Not yet served: {needs}. A case can be closed only when every need has a service.</source>
        <translation>⚠ Chưa được hỗ trợ: {needs}. Chỉ được kết thúc vụ việc khi mọi nhu cầu đều đã được hỗ trợ.</translation>
    </message>
    <message>
        <source>✓ Every need has a service.</source>
        <translation>✓ Mọi nhu cầu đều đã được hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Apr</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>T8</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>T12</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>May</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>T11</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>T10</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>T9</translation>
    </message>
</context>
<context>
    <name>CityPage</name>
    <message>
        <source>Annex workbook (XLSX, for Excel)</source>
        <translation>Bảng phụ lục (XLSX, mở bằng Excel)</translation>
    </message>
    <message>
        <source>Editable letter (DOCX, for Word)</source>
        <translation>Văn bản để chỉnh sửa (DOCX, mở bằng Word)</translation>
    </message>
    <message>
        <source>Email draft with the files attached</source>
        <translation>Thư điện tử nháp kèm các tệp</translation>
    </message>
    <message>
        <source>Member units</source>
        <translation>Đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Official letter (PDF)</source>
        <translation>Văn bản báo cáo (PDF)</translation>
    </message>
    <message>
        <source>Package for the province (JSON)</source>
        <translation>Gói số liệu gửi tỉnh (JSON)</translation>
    </message>
    <message>
        <source>Received reports</source>
        <translation>Báo cáo đã nhận</translation>
    </message>
    <message>
        <source>Reports of the wards and communes</source>
        <translation>Báo cáo của các phường, xã</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>... and {n} more.</source>
        <translation>... và {n} lỗi khác.</translation>
    </message>
    <message>
        <source>Added {n} synthetic records in {seconds} s.</source>
        <translation>Đã thêm {n} bản ghi mô phỏng trong {seconds} giây.</translation>
    </message>
    <message>
        <source>Administrator account: {user}</source>
        <translation>Tài khoản quản trị viên: {user}</translation>
    </message>
    <message>
        <source>Backup written and verified: {path} ({size} MB, {seconds} s).</source>
        <translation>Đã tạo và kiểm tra bản sao lưu: {path} ({size} MB, {seconds} giây).</translation>
    </message>
    <message>
        <source>Change log chain: intact.</source>
        <translation>Chuỗi nhật ký thay đổi: nguyên vẹn.</translation>
    </message>
    <message>
        <source>Change log entries: {n}</source>
        <translation>Số mục nhật ký thay đổi: {n}</translation>
    </message>
    <message>
        <source>Compiled report written to {path} in {seconds} s:</source>
        <translation>Đã ghi báo cáo tổng hợp vào {path} trong {seconds} giây:</translation>
    </message>
    <message>
        <source>Created the encrypted database {path} for {unit}.</source>
        <translation>Đã tạo cơ sở dữ liệu mã hóa {path} cho {unit}.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Exported {n} records to {path}.</source>
        <translation>Đã xuất {n} bản ghi ra {path}.</translation>
    </message>
    <message>
        <source>Imported {n} records from {path}.</source>
        <translation>Đã nhập {n} bản ghi từ {path}.</translation>
    </message>
    <message>
        <source>Integrity and encryption checks: passed.</source>
        <translation>Kiểm tra tính toàn vẹn và mã hóa: đạt.</translation>
    </message>
    <message>
        <source>Integrity check FAILED: {detail}</source>
        <translation>Kiểm tra tính toàn vẹn KHÔNG ĐẠT: {detail}</translation>
    </message>
    <message>
        <source>No key file found beside {path}.</source>
        <translation>Không tìm thấy tệp khóa bên cạnh {path}.</translation>
    </message>
    <message>
        <source>No password: set GBV_PASSWORD or run in a terminal.</source>
        <translation>Chưa có mật khẩu: hãy đặt biến GBV_PASSWORD hoặc chạy lệnh trong cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>Not received yet: {units}</source>
        <translation>Chưa nhận được báo cáo của: {units}</translation>
    </message>
    <message>
        <source>Password for the new administrator:</source>
        <translation>Mật khẩu của quản trị viên mới:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>RECOVERY KEY (shown only once; print it and keep it locked away):</source>
        <translation>KHÓA KHÔI PHỤC (chỉ hiển thị một lần; hãy in ra và cất giữ ở nơi an toàn, có khóa):</translation>
    </message>
    <message>
        <source>Records and reports of the programme against gender-based violence.</source>
        <translation>Hồ sơ và báo cáo của chương trình phòng, chống bạo lực trên cơ sở giới.</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Report written to {path} in {seconds} s:</source>
        <translation>Đã ghi báo cáo vào {path} trong {seconds} giây:</translation>
    </message>
    <message>
        <source>Reports received from {n} of {total} member units.</source>
        <translation>Đã nhận báo cáo của {n}/{total} đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path}.</source>
        <translation>Đã khôi phục {backup} vào {path}.</translation>
    </message>
    <message>
        <source>Schema version: {found} (this program: {known})</source>
        <translation>Phiên bản lược đồ: {found} (chương trình này: {known})</translation>
    </message>
    <message>
        <source>The change log was altered outside the program (entries {ids}).</source>
        <translation>Nhật ký thay đổi đã bị sửa đổi bên ngoài chương trình (các mục {ids}).</translation>
    </message>
    <message>
        <source>The database it replaced is kept at {path}.</source>
        <translation>Cơ sở dữ liệu bị thay thế được giữ lại tại {path}.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was created.</source>
        <translation>Hai mật khẩu không khớp; chưa tạo gì cả.</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>Không có bản sao lưu tại {path}.</translation>
    </message>
    <message>
        <source>With this key an administrator can set a new password if every password is forgotten.</source>
        <translation>Với khóa này, quản trị viên có thể đặt mật khẩu mới nếu quên tất cả mật khẩu.</translation>
    </message>
    <message>
        <source>a newer package from a unit that already reported: ask (the default; keep the older one without a terminal), yes or no</source>
        <translation>khi nhận gói mới hơn từ đơn vị đã gửi báo cáo: ask (mặc định: hỏi; nếu không chạy trong cửa sổ lệnh thì giữ gói cũ), yes (thay thế) hoặc no (giữ gói cũ)</translation>
    </message>
    <message>
        <source>account name (default: $GBV_USER or admin)</source>
        <translation>tên tài khoản (mặc định: $GBV_USER hoặc admin)</translation>
    </message>
    <message>
        <source>address the email draft to ADDRESS</source>
        <translation>gửi thư nháp tới địa chỉ email ADDRESS</translation>
    </message>
    <message>
        <source>also save a PNG of every page and form in DIR</source>
        <translation>lưu thêm ảnh PNG của mọi trang và biểu mẫu vào thư mục DIR</translation>
    </message>
    <message>
        <source>check integrity, encryption, schema version and change log</source>
        <translation>kiểm tra tính toàn vẹn, mã hóa, phiên bản lược đồ và nhật ký thay đổi</translation>
    </message>
    <message>
        <source>city office: import the wards&apos; and communes&apos; report packages and write the compiled report</source>
        <translation>cấp thành phố: nhập gói báo cáo của các phường, xã và lập báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>create an encrypted database and its first administrator</source>
        <translation>tạo cơ sở dữ liệu mã hóa và quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>database file (default: in the user&apos;s data folder)</source>
        <translation>tệp cơ sở dữ liệu (mặc định: trong thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
        <source>export every record to a JSON file</source>
        <translation>xuất toàn bộ bản ghi ra tệp JSON</translation>
    </message>
    <message>
        <source>fill a database with synthetic demonstration records</source>
        <translation>điền bản ghi mô phỏng để trình diễn vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>import records from an export file (all or nothing)</source>
        <translation>nhập bản ghi từ tệp đã xuất (nhập tất cả hoặc không nhập gì)</translation>
    </message>
    <message>
        <source>imported {file} ({unit})</source>
        <translation>đã nhập {file} ({unit})</translation>
    </message>
    <message>
        <source>language: vi (default) or en</source>
        <translation>ngôn ngữ: vi (mặc định) hoặc en</translation>
    </message>
    <message>
        <source>not imported {file}: a newer package from {unit}; run again with --replace yes to replace the older one (it is kept).</source>
        <translation>chưa nhập {file}: đây là gói mới hơn của {unit}; chạy lại lệnh với --replace yes để thay thế gói cũ (gói cũ vẫn được lưu).</translation>
    </message>
    <message>
        <source>not imported {file}: {reason}</source>
        <translation>không nhập {file}: {reason}</translation>
    </message>
    <message>
        <source>open every page and form of the window once and report any error or warning</source>
        <translation>mở lần lượt mọi trang và biểu mẫu của cửa sổ, báo mọi lỗi hoặc cảnh báo</translation>
    </message>
    <message>
        <source>produce a report&apos;s files (letter, annex, package, email draft) into a folder</source>
        <translation>lập các tệp của báo cáo (văn bản, phụ lục, gói số liệu, thư nháp) vào một thư mục</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept aside)</source>
        <translation>thay cơ sở dữ liệu bằng một bản sao lưu (cơ sở dữ liệu hiện tại được giữ lại riêng)</translation>
    </message>
    <message>
        <source>replaced by {file} ({unit}; the older package is kept)</source>
        <translation>đã thay bằng {file} ({unit}; gói cũ vẫn được lưu)</translation>
    </message>
    <message>
        <source>start the application (the default)</source>
        <translation>khởi động chương trình (mặc định)</translation>
    </message>
    <message>
        <source>the letter&apos;s number, e.g. 12/BC-UBND</source>
        <translation>số văn bản, ví dụ 12/BC-UBND</translation>
    </message>
    <message>
        <source>write a verified, encrypted backup</source>
        <translation>tạo bản sao lưu mã hóa đã được kiểm tra</translation>
    </message>
    <message>
        <source>{file}: a newer package from {unit}. Replace the one received on {date} (it is kept)? [y/N]</source>
        <translation>{file}: gói mới hơn của {unit}. Thay thế gói đã nhận ngày {date} (gói cũ vẫn được lưu)? [c/K]</translation>
    </message>
    <message>
        <source>{n} package(s) imported, {rejected} not imported, in {seconds} s.</source>
        <translation>Đã nhập {n} gói, không nhập {rejected} tệp, trong {seconds} giây.</translation>
    </message>
    <message>
        <source>{value} is not a date in the form DD/MM/YYYY.</source>
        <translation>{value} không phải là ngày theo dạng NN/TT/NNNN.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Age group</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến ngày</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Lượt người</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Nội dung chi</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Cash (đ)</source>
        <translation>Tiền mặt (đ)</translation>
    </message>
    <message>
        <source>Cost (đ)</source>
        <translation>Kinh phí (đ)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Đơn vị, cá nhân hỗ trợ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>In-kind value (đ)</source>
        <translation>Giá trị hiện vật (đ)</translation>
    </message>
    <message>
        <source>Inspected body</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>Đoàn kiểm tra</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Planned (đ)</source>
        <translation>Dự toán (đ)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Mã vụ việc</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Shelter days</source>
        <translation>Ngày tạm lánh</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Spent (đ)</source>
        <translation>Đã chi (đ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Loại bạo lực</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>ComingUpCard</name>
    <message>
        <source>Campaigns</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Due today ({date})</source>
        <translation>Hạn nộp hôm nay ({date})</translation>
    </message>
    <message>
        <source>Due tomorrow ({date})</source>
        <translation>Hạn nộp ngày mai ({date})</translation>
    </message>
    <message>
        <source>Due {date} · {days} days left</source>
        <translation>Hạn nộp {date} · còn {days} ngày</translation>
    </message>
    <message>
        <source>Next report: {report}</source>
        <translation>Báo cáo tiếp theo: {report}</translation>
    </message>
    <message>
        <source>No campaign in the next 60 days.</source>
        <translation>Không có chiến dịch nào trong 60 ngày tới.</translation>
    </message>
    <message>
        <source>Programme phase {first}–{last} ended on {date}.</source>
        <translation>Chương trình giai đoạn {first}–{last} đã kết thúc ngày {date}.</translation>
    </message>
    <message>
        <source>Programme phase {first}–{last} starts on {date}.</source>
        <translation>Chương trình giai đoạn {first}–{last} bắt đầu ngày {date}.</translation>
    </message>
    <message>
        <source>Programme phase {first}–{last}: {days} days left.</source>
        <translation>Chương trình giai đoạn {first}–{last}: còn {days} ngày.</translation>
    </message>
    <message>
        <source>running now</source>
        <translation>đang diễn ra</translation>
    </message>
    <message>
        <source>starts in {days} days</source>
        <translation>bắt đầu sau {days} ngày nữa</translation>
    </message>
    <message>
        <source>starts tomorrow</source>
        <translation>bắt đầu từ ngày mai</translation>
    </message>
    <message>
        <source>{report} was due {date}: {days} days overdue</source>
        <translation>{report} đến hạn ngày {date}: đã quá hạn {days} ngày</translation>
    </message>
</context>
<context>
    <name>CompileDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Compile</source>
        <translation>&amp;Tổng hợp</translation>
    </message>
    <message>
        <source>(no removable drive plugged in)</source>
        <translation>(chưa cắm ổ đĩa rời)</translation>
    </message>
    <message>
        <source>A &amp;folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>A removable d&amp;rive:</source>
        <translation>Ổ đĩa &amp;rời:</translation>
    </message>
    <message>
        <source>Adding up the figures…</source>
        <translation>Đang cộng số liệu…</translation>
    </message>
    <message>
        <source>Choose the folder for the report</source>
        <translation>Chọn thư mục lưu báo cáo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Compile the city&apos;s report</source>
        <translation>Lập báo cáo tổng hợp của thành phố</translation>
    </message>
    <message>
        <source>Letter &amp;date:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <source>Letter &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;email address:</source>
        <translation>Địa chỉ &amp;email người nhận:</translation>
    </message>
    <message>
        <source>The figures of the units&apos; latest packages are added up; shares and the two indicators are computed again from the totals. Units that have not reported are listed in the report. Check the editable letter (DOCX) before signing.</source>
        <translation>Số liệu trong gói mới nhất của từng đơn vị được cộng lại; các tỷ lệ và hai chỉ tiêu được tính lại từ số tổng. Các đơn vị chưa gửi báo cáo được nêu trong báo cáo. Vui lòng kiểm tra văn bản để chỉnh sửa (DOCX) trước khi trình ký.</translation>
    </message>
    <message>
        <source>e.g. 25/BC-UBND (optional)</source>
        <translation>ví dụ 25/BC-UBND (không bắt buộc)</translation>
    </message>
    <message>
        <source>{n} file(s) saved in {folder}:</source>
        <translation>Đã lưu {n} tệp vào {folder}:</translation>
    </message>
    <message>
        <source>{report} {year}, period {period}</source>
        <translation>{report} {year}, kỳ báo cáo {period}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Needs not yet met by a service: {needs}.</source>
        <translation>Nhu cầu chưa được đáp ứng bằng dịch vụ: {needs}.</translation>
    </message>
    <message>
        <source>No attendance recorded.</source>
        <translation>Chưa ghi số lượt người tham dự.</translation>
    </message>
    <message>
        <source>No needs recorded for this case.</source>
        <translation>Vụ việc chưa ghi nhận nhu cầu trợ giúp.</translation>
    </message>
    <message>
        <source>No participants recorded.</source>
        <translation>Chưa ghi số người tham gia tập huấn.</translation>
    </message>
    <message>
        <source>Number of members not recorded.</source>
        <translation>Chưa ghi số thành viên.</translation>
    </message>
    <message>
        <source>Still open {days} days after it was reported: close or refer it.</source>
        <translation>Vẫn đang hỗ trợ sau {days} ngày kể từ khi tiếp nhận: cần kết thúc hoặc chuyển tuyến.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing that was already saved has been lost. Please tell your administrator what you were doing.</source>
        <translation>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị mất. Vui lòng báo cho quản trị viên biết bạn đang làm gì khi lỗi xảy ra.</translation>
    </message>
    <message>
        <source>gbv-desktop</source>
        <translation>gbv-desktop</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>All campaigns</source>
        <translation>Tất cả chiến dịch</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Tất cả hình thức</translation>
    </message>
    <message>
        <source>All settings</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tất cả nguồn</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả tình trạng</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả loại</translation>
    </message>
    <message>
        <source>All violence types</source>
        <translation>Tất cả loại bạo lực</translation>
    </message>
</context>
<context>
    <name>FundingForm</name>
    <message>
        <source>Budget line</source>
        <translation>Khoản mục chi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự toán</translation>
    </message>
    <message>
        <source>Save, then enter another line of the same year and source (Ctrl+Shift+S)</source>
        <translation>Lưu, rồi nhập tiếp khoản mục cùng năm và cùng nguồn (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Đã chi</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>e.g. Awareness activities in the action month</source>
        <translation>VD: Truyền thông trong Tháng hành động</translation>
    </message>
    <message>
        <source>{percent}% spent, {amount} đ left</source>
        <translation>Đã chi {percent}%, còn lại {amount} đ</translation>
    </message>
    <message>
        <source>⚠ {amount} đ more than planned</source>
        <translation>⚠ Vượt dự toán {amount} đ</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Figures now</source>
        <translation>Số liệu hiện nay</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Người lập</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>Thời điểm lập</translation>
    </message>
    <message>
        <source>Records were added, changed or deleted since this report was made: its figures are no longer what the records give. Produce a new report if a correction is needed.</source>
        <translation>Sau khi lập báo cáo này, hồ sơ đã được thêm, sửa hoặc xóa: số liệu của báo cáo không còn khớp với hồ sơ. Vui lòng lập báo cáo mới nếu cần đính chính.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The records still give the figures of this report.</source>
        <translation>Hồ sơ hiện vẫn cho đúng số liệu của báo cáo này.</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>đang kiểm tra…</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>{report} (masked copy)</source>
        <translation>{report} (bản che số liệu nhỏ)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>A case may have several types.</source>
        <translation>Một vụ việc có thể thuộc nhiều loại.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Activities and attendance, last 12 months</source>
        <translation>Hoạt động truyền thông và lượt người tham dự, 12 tháng gần nhất</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Lượt người tham dự</translation>
    </message>
    <message>
        <source>Cases by violence type, {year}</source>
        <translation>Vụ việc theo loại bạo lực, năm {year}</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Đang tính toán số liệu…</translation>
    </message>
    <message>
        <source>Double-click a record to open it.</source>
        <translation>Nháy đúp vào một hồ sơ để mở.</translation>
    </message>
    <message>
        <source>I1 · Survivors helped by a service provider</source>
        <translation>I1 · Người bị bạo lực được cơ sở cung cấp dịch vụ trợ giúp</translation>
    </message>
    <message>
        <source>I2 · Cases needing help that received it</source>
        <translation>I2 · Trường hợp có nhu cầu được trợ giúp</translation>
    </message>
    <message>
        <source>No activities in these 12 months.</source>
        <translation>Không có hoạt động nào trong 12 tháng này.</translation>
    </message>
    <message>
        <source>No cases reported this year.</source>
        <translation>Năm nay chưa tiếp nhận vụ việc nào.</translation>
    </message>
    <message>
        <source>No incomplete records.</source>
        <translation>Không có hồ sơ nào cần bổ sung.</translation>
    </message>
    <message>
        <source>Records to complete</source>
        <translation>Hồ sơ cần bổ sung</translation>
    </message>
    <message>
        <source>Records to complete (first {n})</source>
        <translation>Hồ sơ cần bổ sung ({n} hồ sơ đầu tiên)</translation>
    </message>
    <message>
        <source>Records to complete ({n})</source>
        <translation>Hồ sơ cần bổ sung ({n})</translation>
    </message>
    <message>
        <source>The figures could not be computed: {reason}</source>
        <translation>Không tính toán được số liệu: {reason}</translation>
    </message>
    <message>
        <source>Updating the figures…</source>
        <translation>Đang cập nhật số liệu…</translation>
    </message>
    <message>
        <source>{report} {year}</source>
        <translation>{report} {year}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Awareness activity</source>
        <translation>Hoạt động truyền thông</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Contains characters that are not valid text.</source>
        <translation>Có ký tự không hợp lệ.</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Dòng kinh phí</translation>
    </message>
    <message>
        <source>Influencer count</source>
        <translation>Số người có ảnh hưởng</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Mobilised support</source>
        <translation>Nguồn lực huy động</translation>
    </message>
    <message>
        <source>Model or facility</source>
        <translation>Mô hình, cơ sở</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD, not &quot;{value}&quot;.</source>
        <translation>Phải là ngày viết theo dạng YYYY-MM-DD, không phải “{value}”.</translation>
    </message>
    <message>
        <source>Must be a list of codes.</source>
        <translation>Phải là một danh sách mã.</translation>
    </message>
    <message>
        <source>Must be a list of records.</source>
        <translation>Phải là một danh sách bản ghi.</translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <translation>Phải là một danh sách.</translation>
    </message>
    <message>
        <source>Must be an object with named fields.</source>
        <translation>Phải là một đối tượng gồm các trường có tên.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Phải là văn bản.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Phải là true (có) hoặc false (không).</translation>
    </message>
    <message>
        <source>Survivor {ref} has different details here than in case no. {number}.</source>
        <translation>Người bị bạo lực {ref} có thông tin ở đây khác với ở vụ việc số {number}.</translation>
    </message>
    <message>
        <source>Survivor {ref} has different identifying details here than in case no. {number}.</source>
        <translation>Người bị bạo lực {ref} có thông tin nhận dạng ở đây khác với ở vụ việc số {number}.</translation>
    </message>
    <message>
        <source>The file has no list for this kind of record.</source>
        <translation>Tệp không có danh sách cho loại bản ghi này.</translation>
    </message>
    <message>
        <source>The file says it holds no identifying details, yet this record has them.</source>
        <translation>Tệp ghi là không chứa thông tin nhận dạng, nhưng bản ghi này lại có.</translation>
    </message>
    <message>
        <source>The file {path} has {count} problem(s) in its records; nothing was imported.</source>
        <translation>Tệp {path} có {count} lỗi trong các bản ghi; chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Số quá lớn.</translation>
    </message>
    <message>
        <source>The record is not an object with named fields.</source>
        <translation>Bản ghi không phải là một đối tượng gồm các trường có tên.</translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>Thiếu trường này.</translation>
    </message>
    <message>
        <source>This field is not part of the export format.</source>
        <translation>Trường này không thuộc định dạng tệp xuất.</translation>
    </message>
    <message>
        <source>This kind of record is unknown.</source>
        <translation>Không rõ loại bản ghi này.</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>không đọc được tệp ({reason}).</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>tệp không tồn tại.</translation>
    </message>
    <message>
        <source>it ends too early: it was probably cut off while being copied or saved.</source>
        <translation>tệp bị cụt: có thể tệp đã bị cắt ngang khi sao chép hoặc lưu.</translation>
    </message>
    <message>
        <source>it has no valid checksum.</source>
        <translation>tệp không có mã kiểm tra (checksum) hợp lệ.</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB, too large to be an export.</source>
        <translation>tệp lớn hơn {limit} MB, quá lớn để là một tệp xuất dữ liệu.</translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export.</source>
        <translation>tệp có cấu trúc lồng nhau quá sâu, không phải là tệp xuất dữ liệu.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text, so it is not an export from gbv-desktop.</source>
        <translation>tệp không phải văn bản UTF-8 nên không phải là tệp xuất từ gbv-desktop.</translation>
    </message>
    <message>
        <source>it is not a records export from gbv-desktop.</source>
        <translation>tệp không phải là tệp xuất bản ghi từ gbv-desktop.</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}); it may be damaged.</source>
        <translation>tệp không phải JSON hợp lệ (dòng {line}, cột {column}); tệp có thể đã bị hỏng.</translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be damaged.</source>
        <translation>tệp không phải JSON hợp lệ; tệp có thể đã bị hỏng.</translation>
    </message>
    <message>
        <source>it was written by a newer version of gbv-desktop (export format version {found}; this version reads version {known} and older). Install the newer version to import it.</source>
        <translation>tệp được tạo bởi phiên bản gbv-desktop mới hơn (định dạng xuất phiên bản {found}; phiên bản này chỉ đọc được đến phiên bản {known}). Hãy cài phiên bản mới hơn để nhập tệp.</translation>
    </message>
    <message>
        <source>its checksum does not match its contents: it was changed or damaged after it was exported.</source>
        <translation>mã kiểm tra (checksum) không khớp với nội dung: tệp đã bị sửa hoặc bị hỏng sau khi xuất.</translation>
    </message>
    <message>
        <source>its format version is not valid.</source>
        <translation>phiên bản định dạng của tệp không hợp lệ.</translation>
    </message>
    <message>
        <source>its header field &quot;{field}&quot; is missing or not valid.</source>
        <translation>trường “{field}” ở phần đầu tệp bị thiếu hoặc không hợp lệ.</translation>
    </message>
    <message>
        <source>its header has an unexpected field &quot;{field}&quot;.</source>
        <translation>phần đầu tệp có trường không mong đợi “{field}”.</translation>
    </message>
    <message>
        <source>the field &quot;{field}&quot; appears twice in one object.</source>
        <translation>trường “{field}” xuất hiện hai lần trong cùng một đối tượng.</translation>
    </message>
    <message>
        <source>{kind} no. {number}, {field}: {message}</source>
        <translation>{kind} số {number}, {field}: {message}</translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <translation>{kind}: {message}</translation>
    </message>
    <message>
        <source>{reason} Nothing was imported.</source>
        <translation>{reason} Chưa nhập dữ liệu nào.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Packages imported</source>
        <translation>Kết quả nhập gói báo cáo</translation>
    </message>
    <message>
        <source>{n} of {total} file(s) imported.</source>
        <translation>Đã nhập {n}/{total} tệp.</translation>
    </message>
    <message>
        <source>✓ {file}: imported ({unit}).</source>
        <translation>✓ {file}: đã nhập ({unit}).</translation>
    </message>
    <message>
        <source>✓ {file}: imported ({unit}); it replaces the package received earlier, which is kept.</source>
        <translation>✓ {file}: đã nhập ({unit}); gói này thay thế gói nhận trước đó (gói cũ vẫn được lưu).</translation>
    </message>
    <message>
        <source>✗ {file}: not imported: {reason}</source>
        <translation>✗ {file}: không nhập vì {reason}</translation>
    </message>
</context>
<context>
    <name>InfluencerForm</name>
    <message>
        <source>Counted on</source>
        <translation>Tính đến ngày</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Place (hamlet, residential group)</source>
        <translation>Địa bàn (thôn, buôn, tổ dân phố)</translation>
    </message>
    <message>
        <source>Save, then count another place on the same date (Ctrl+Shift+S)</source>
        <translation>Lưu, rồi nhập tiếp địa bàn khác cùng ngày (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>e.g. Residential group 3</source>
        <translation>VD: Tổ dân phố 3</translation>
    </message>
    <message>
        <source>{n} influencers</source>
        <translation>{n} người có ảnh hưởng</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Body inspected</source>
        <translation>Đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày kiểm tra</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Follow-up (what must be done)</source>
        <translation>Kiến nghị, việc cần khắc phục</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>Đơn vị kiểm tra</translation>
    </message>
    <message>
        <source>Save, then record the next body visited on the same round (Ctrl+Shift+S)</source>
        <translation>Lưu, rồi nhập tiếp đơn vị khác trong cùng đợt kiểm tra (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Subject (what was inspected)</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <source>e.g. Inter-agency team of the ward</source>
        <translation>VD: Đoàn kiểm tra liên ngành phường</translation>
    </message>
    <message>
        <source>e.g. Running of the trusted address and the prevention club</source>
        <translation>VD: Hoạt động của địa chỉ tin cậy và câu lạc bộ phòng ngừa</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <source>The database cannot be opened at {path}: {reason}

Copy the database file and its key file (.keys) to a folder on this computer&apos;s own disk, and open it there. Backups may still be copied to USB sticks and other drives.</source>
        <translation>Không thể mở cơ sở dữ liệu tại {path}: {reason}

Vui lòng sao chép tệp cơ sở dữ liệu cùng tệp khóa đi kèm (.keys) vào một thư mục trên ổ đĩa của chính máy tính này và mở tại đó. Vẫn có thể sao chép bản sao lưu sang USB và các ổ đĩa khác.</translation>
    </message>
    <message>
        <source>The database {name} could not be reserved for this window ({path} cannot be written). Check that the folder is not read-only.</source>
        <translation>Không thể dành riêng cơ sở dữ liệu {name} cho cửa sổ này (không ghi được {path}). Vui lòng kiểm tra thư mục có đang ở chế độ chỉ đọc hay không.</translation>
    </message>
    <message>
        <source>The database {name} is already open in another window of this program. Switch to that window (look in the taskbar); two windows on one database could overwrite each other&apos;s work.</source>
        <translation>Cơ sở dữ liệu {name} đang được mở trong một cửa sổ khác của phần mềm. Vui lòng chuyển sang cửa sổ đó (xem trên thanh tác vụ); hai cửa sổ cùng mở một cơ sở dữ liệu có thể ghi đè lên dữ liệu của nhau.</translation>
    </message>
    <message>
        <source>gbv-desktop</source>
        <translation>gbv-desktop</translation>
    </message>
    <message>
        <source>it is on a network share, where the database&apos;s write-ahead log cannot work and two computers could damage it.</source>
        <translation>tệp nằm trên thư mục dùng chung qua mạng, nơi nhật ký ghi trước của cơ sở dữ liệu không hoạt động được và hai máy tính có thể làm hỏng dữ liệu.</translation>
    </message>
    <message>
        <source>it is on a removable drive (USB stick or memory card), which loses data when pulled out while the program writes.</source>
        <translation>tệp nằm trên ổ đĩa di động (USB hoặc thẻ nhớ), dễ mất dữ liệu nếu bị rút ra khi phần mềm đang ghi.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>vi</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>&amp;English</source>
        <translation>Tiếng &amp;Anh (English)</translation>
    </message>
    <message>
        <source>&amp;Vietnamese (Tiếng Việt)</source>
        <translation>T&amp;iếng Việt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Saved. Close and start the program again to use the new language.</source>
        <translation>Đã lưu. Vui lòng đóng và mở lại phần mềm để dùng ngôn ngữ mới.</translation>
    </message>
    <message>
        <source>The language of the program&apos;s windows and messages:</source>
        <translation>Ngôn ngữ hiển thị của phần mềm:</translation>
    </message>
    <message>
        <source>The new language is used from the next time the program starts. Reports are always written in Vietnamese.</source>
        <translation>Ngôn ngữ mới được áp dụng từ lần khởi động phần mềm tiếp theo. Báo cáo luôn được lập bằng tiếng Việt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i đến</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>Bản ghi &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>About gbv-desktop</source>
        <translation>Giới thiệu gbv-desktop</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động truyền thông</translation>
    </message>
    <message>
        <source>Backup before closing</source>
        <translation>Sao lưu trước khi đóng</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Making a backup before closing…</source>
        <translation>Đang sao lưu trước khi đóng phần mềm…</translation>
    </message>
    <message>
        <source>Models and facilities</source>
        <translation>Mô hình, cơ sở</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Support and funding</source>
        <translation>Huy động và kinh phí</translation>
    </message>
    <message>
        <source>The backup before closing could not be made: {reason}

Everything is saved in the database; a backup will be made again the next time the program runs.</source>
        <translation>Không sao lưu được trước khi đóng: {reason}

Toàn bộ dữ liệu đã được lưu trong cơ sở dữ liệu; phần mềm sẽ sao lưu lại vào lần chạy tiếp theo.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Unit reports</source>
        <translation>Báo cáo phường, xã</translation>
    </message>
    <message>
        <source>gbv-desktop {version}
Records and reports of the programme against gender-based violence.</source>
        <translation>gbv-desktop {version}
Quản lý số liệu và báo cáo chương trình phòng ngừa, ứng phó với bạo lực trên cơ sở giới.</translation>
    </message>
    <message>
        <source>{unit} · signed in as {user} ({role})</source>
        <translation>{unit} · đang đăng nhập: {user} ({role})</translation>
    </message>
    <message>
        <source>{unit} — GBV prevention records</source>
        <translation>{unit} — Số liệu phòng ngừa, ứng phó với BLTCSG</translation>
    </message>
</context>
<context>
    <name>MemberUnitsModel</name>
    <message>
        <source>(to enter)</source>
        <translation>(chưa nhập)</translation>
    </message>
    <message>
        <source>Code (5 digits)</source>
        <translation>Mã (5 chữ số)</translation>
    </message>
    <message>
        <source>Double-click to enter the unit&apos;s official 5-digit code: its packages are recognised by it.</source>
        <translation>Nhấp đúp để nhập mã đơn vị hành chính 5 chữ số: gói báo cáo của đơn vị được nhận biết theo mã này.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
</context>
<context>
    <name>MemberUnitsTab</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation>5 chữ số</translation>
    </message>
    <message>
        <source>Add the 21 wards and communes of &amp;Buôn Ma Thuột</source>
        <translation>Thêm 21 phường, xã của thành phố &amp;Buôn Ma Thuột</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <source>Every ward and commune of the list is already there.</source>
        <translation>Tất cả các phường, xã trong danh sách đã có.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>New unit:</source>
        <translation>Đơn vị mới:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove a member unit</source>
        <translation>Xóa đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Remove {unit} from the member units? The packages it sent are kept, but no longer count in the city&apos;s report.</source>
        <translation>Xóa {unit} khỏi danh sách đơn vị trực thuộc? Các gói báo cáo đơn vị đã gửi vẫn được lưu nhưng không còn được tính vào báo cáo của thành phố.</translation>
    </message>
    <message>
        <source>The 13 wards and 8 communes of Buôn Ma Thuột before the 2025 merger, names only: enter each one&apos;s official code.</source>
        <translation>13 phường và 8 xã của thành phố Buôn Ma Thuột trước khi sắp xếp năm 2025, chỉ có tên: vui lòng nhập mã chính thức của từng đơn vị.</translation>
    </message>
    <message>
        <source>The wards and communes that report to the city. A package is recognised by the unit&apos;s 5-digit code: double-click a cell to change a name, a code or a level.</source>
        <translation>Các phường, xã báo cáo về thành phố. Gói báo cáo được nhận biết theo mã 5 chữ số của đơn vị: nhấp đúp vào ô để sửa tên, mã hoặc cấp.</translation>
    </message>
    <message>
        <source>Your role may look at the list but not change it.</source>
        <translation>Vai trò của bạn chỉ được xem danh sách, không được sửa.</translation>
    </message>
    <message>
        <source>e.g. Phường Tân Lợi</source>
        <translation>ví dụ Phường Tân Lợi</translation>
    </message>
    <message>
        <source>{n} unit(s) have no code yet: their packages cannot be recognised until the code is entered.</source>
        <translation>Có {n} đơn vị chưa có mã: chưa thể nhận biết gói báo cáo của các đơn vị này cho đến khi nhập mã.</translation>
    </message>
</context>
<context>
    <name>MobilisationForm</name>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Estimated value of the goods, if known</source>
        <translation>Giá trị ước tính của hiện vật (nếu biết)</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Đơn vị, cá nhân hỗ trợ</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>Hiện vật</translation>
    </message>
    <message>
        <source>Name of the agency, business or person</source>
        <translation>Tên cơ quan, doanh nghiệp hoặc cá nhân</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích hỗ trợ</translation>
    </message>
    <message>
        <source>Save, then enter more support received on the same date (Ctrl+Shift+S)</source>
        <translation>Lưu, rồi nhập tiếp khoản hỗ trợ nhận cùng ngày (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn huy động</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Tổng giá trị</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại hiện vật</translation>
    </message>
    <message>
        <source>What was given (money, goods or both)</source>
        <translation>Nội dung hỗ trợ (tiền, hiện vật hoặc cả hai)</translation>
    </message>
    <message>
        <source>e.g. 20 bags of rice</source>
        <translation>VD: 20 bao gạo</translation>
    </message>
    <message>
        <source>e.g. Support for the trusted address</source>
        <translation>VD: Hỗ trợ địa chỉ tin cậy</translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>Closing date</source>
        <translation>Ngày giải thể</translation>
    </message>
    <message>
        <source>Date set up</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Members (if any)</source>
        <translation>Số thành viên (nếu có)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên mô hình</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Only for a model that has closed.</source>
        <translation>Chỉ nhập khi mô hình đã giải thể.</translation>
    </message>
    <message>
        <source>Place (hamlet, residential group)</source>
        <translation>Địa bàn (thôn, buôn, tổ dân phố)</translation>
    </message>
    <message>
        <source>Save, then start a new model of the same type (Ctrl+Shift+S)</source>
        <translation>Lưu, rồi nhập tiếp mô hình cùng loại (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại mô hình</translation>
    </message>
    <message>
        <source>e.g. Trusted address of residential group 5</source>
        <translation>VD: Địa chỉ tin cậy tổ dân phố 5</translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>{month}/{year}
{bars_name}: {bars}
{line_name}: {line}</source>
        <translation>{month}/{year}
{bars_name}: {bars}
{line_name}: {line}</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Account name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>letters without accents, e.g. lan.nguyen</source>
        <translation>chữ không dấu, ví dụ: lan.nguyen</translation>
    </message>
</context>
<context>
    <name>ParticipantGrid</name>
    <message>
        <source>All participants</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cộng</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>{role}: men</source>
        <translation>{role}: nam</translation>
    </message>
    <message>
        <source>{role}: women</source>
        <translation>{role}: nữ</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>At least {n} characters. Several words are easy to remember and hard to guess.</source>
        <translation>Ít nhất {n} ký tự. Một cụm vài từ vừa dễ nhớ vừa khó đoán.</translation>
    </message>
    <message>
        <source>Fair. A longer password would be stronger.</source>
        <translation>Trung bình. Mật khẩu dài hơn sẽ an toàn hơn.</translation>
    </message>
    <message>
        <source>Sho&amp;w the passwords</source>
        <translation>H&amp;iện mật khẩu</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Mạnh.</translation>
    </message>
    <message>
        <source>Too short: at least {n} characters.</source>
        <translation>Quá ngắn: cần ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Make it longer, e.g. several words.</source>
        <translation>Yếu: dễ bị đoán ra. Hãy đặt dài hơn, ví dụ một cụm vài từ.</translation>
    </message>
</context>
<context>
    <name>PeriodFilter</name>
    <message>
        <source>All time</source>
        <translation>Tất cả thời gian</translation>
    </message>
    <message>
        <source>Current 6-month report period</source>
        <translation>Kỳ báo cáo 6 tháng hiện tại</translation>
    </message>
    <message>
        <source>Current annual report period</source>
        <translation>Kỳ báo cáo năm hiện tại</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Chọn ngày…</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
</context>
<context>
    <name>PeriodProgress</name>
    <message>
        <source>No cases needing help in this period.</source>
        <translation>Chưa có vụ việc nào có nhu cầu trợ giúp trong kỳ.</translation>
    </message>
    <message>
        <source>No cases reported in this period.</source>
        <translation>Chưa có vụ việc nào trong kỳ.</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>target met</source>
        <translation>đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>{gap} points below the target</source>
        <translation>thấp hơn chỉ tiêu {gap} điểm %</translation>
    </message>
    <message>
        <source>{numerator} of {denominator} cases</source>
        <translation>{numerator}/{denominator} trường hợp</translation>
    </message>
    <message>
        <source>{numerator} of {denominator} survivors</source>
        <translation>{numerator}/{denominator} người</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <source>A period that starts later in the year than it ends begins in the previous year (15/12 – 14/05 runs from December to May).</source>
        <translation>Kỳ có ngày bắt đầu muộn hơn ngày kết thúc trong năm thì bắt đầu từ năm trước (15/12 – 14/05 là từ tháng 12 năm trước đến tháng 5).</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>Hạn nộp trước</translation>
    </message>
    <message>
        <source>I1: survivors helped by a service provider, at least</source>
        <translation>I1: người bị bạo lực được cơ sở dịch vụ trợ giúp, tối thiểu</translation>
    </message>
    <message>
        <source>I2: cases needing help that received it, at least</source>
        <translation>I2: trường hợp có nhu cầu được trợ giúp, tối thiểu</translation>
    </message>
    <message>
        <source>Only an administrator can change the programme and its calendar.</source>
        <translation>Chỉ quản trị viên mới được sửa chương trình và lịch báo cáo.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Kỳ số liệu từ</translation>
    </message>
    <message>
        <source>Periods and due dates</source>
        <translation>Kỳ số liệu và hạn nộp</translation>
    </message>
    <message>
        <source>Phase (years)</source>
        <translation>Giai đoạn (năm)</translation>
    </message>
    <message>
        <source>Plan reference</source>
        <translation>Văn bản kế hoạch</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Lịch báo cáo</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch số 43/KH-UBND ngày 10/3/2021 của UBND thành phố</source>
        <translation>ví dụ: Kế hoạch số 43/KH-UBND ngày 10/3/2021 của UBND thành phố</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>{report} {year}: {start} – {end}, due before {due}</source>
        <translation>{report} {year}: từ {start} đến {end}, nộp trước ngày {due}</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <source>&amp;Compile report…</source>
        <translation>&amp;Lập báo cáo tổng hợp…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>(no removable drive plugged in)</source>
        <translation>(chưa cắm ổ đĩa rời)</translation>
    </message>
    <message>
        <source>A newer package</source>
        <translation>Gói báo cáo mới hơn</translation>
    </message>
    <message>
        <source>Choose a folder with packages</source>
        <translation>Chọn thư mục chứa gói báo cáo</translation>
    </message>
    <message>
        <source>Choose a period whose end is not before its start.</source>
        <translation>Vui lòng chọn kỳ báo cáo có ngày kết thúc không trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Choose the packages to import</source>
        <translation>Chọn các gói báo cáo cần nhập</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Hạn gửi:</translation>
    </message>
    <message>
        <source>Due date: {date}.</source>
        <translation>Hạn gửi: {date}.</translation>
    </message>
    <message>
        <source>E&amp;xport the list…</source>
        <translation>&amp;Xuất danh sách…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, for any spreadsheet (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, mở bằng mọi phần mềm bảng tính (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>Import &amp;files…</source>
        <translation>Nhập &amp;tệp…</translation>
    </message>
    <message>
        <source>Import a f&amp;older…</source>
        <translation>Nhập cả t&amp;hư mục…</translation>
    </message>
    <message>
        <source>Import from the &amp;drive</source>
        <translation>Nhập từ &amp;ổ đĩa</translation>
    </message>
    <message>
        <source>Keep the older one</source>
        <translation>Giữ gói cũ</translation>
    </message>
    <message>
        <source>Last import…</source>
        <translation>Lần nhập gần nhất…</translation>
    </message>
    <message>
        <source>No member unit yet: add the wards and communes under Member units.</source>
        <translation>Chưa có đơn vị trực thuộc: vui lòng thêm các phường, xã ở thẻ Đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>No package has been received for this period yet.</source>
        <translation>Chưa nhận được gói báo cáo nào của kỳ này.</translation>
    </message>
    <message>
        <source>Packages (.json files) arrive on USB sticks and by email. Drop files or folders here, or import them with the buttons; the whole folder or drive is searched.</source>
        <translation>Gói báo cáo (tệp .json) được gửi qua USB hoặc thư điện tử. Kéo thả tệp hoặc thư mục vào đây, hoặc dùng các nút để nhập; phần mềm tìm trong toàn bộ thư mục hoặc ổ đĩa.</translation>
    </message>
    <message>
        <source>Re&amp;minder list…</source>
        <translation>Danh sách &amp;nhắc nhở…</translation>
    </message>
    <message>
        <source>Received from {received} of {total} member units ({late} late); {missing} missing.</source>
        <translation>Đã nhận báo cáo của {received}/{total} đơn vị ({late} đơn vị gửi muộn); còn {missing} đơn vị chưa gửi.</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>Là&amp;m mới</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Report packages (*.json);;All files (*)</source>
        <translation>Gói báo cáo (*.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Your role may look at the reports received but not import or compile.</source>
        <translation>Vai trò của bạn chỉ được xem các báo cáo đã nhận, không được nhập hay lập báo cáo tổng hợp.</translation>
    </message>
    <message>
        <source>{unit} has sent a newer package for this period ({file}, letter {number} of {date}). Replace the package received on {received}? The older one is kept.</source>
        <translation>{unit} đã gửi gói báo cáo mới hơn cho kỳ này ({file}, văn bản số {number} ngày {date}). Thay thế gói đã nhận ngày {received}? Gói cũ vẫn được lưu.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Edit: {name}</source>
        <translation>Sửa: {name}</translation>
    </message>
    <message>
        <source>New: {name}</source>
        <translation>Thêm mới: {name}</translation>
    </message>
    <message>
        <source>Please correct the marked fields:</source>
        <translation>Vui lòng sửa các trường được đánh dấu:</translation>
    </message>
    <message>
        <source>Save and &amp;add another</source>
        <translation>Lưu và &amp;thêm tiếp</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Lưu và đóng (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save, then start a new record with the same date and place (Ctrl+Shift+S)</source>
        <translation>Lưu rồi nhập bản ghi mới với cùng ngày và địa điểm (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them?</source>
        <translation>Bản ghi có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Thêm &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>A new record copied from the selected one (Ctrl+D)</source>
        <translation>Tạo bản ghi mới sao chép từ bản ghi đang chọn (Ctrl+D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Nhân &amp;bản</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <source>Delete this {kind} ({label})? The deletion is recorded in the change log.</source>
        <translation>Xóa {kind} này ({label})? Việc xóa sẽ được ghi vào nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Thêm bản ghi mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search (diacritics optional: &quot;tan loi&quot; finds &quot;Tân Lợi&quot;)</source>
        <translation>Tìm kiếm (gõ có dấu hay không đều được: &quot;tan loi&quot; tìm ra &quot;Tân Lợi&quot;)</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} bản ghi</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Awareness activity</source>
        <translation>Hoạt động truyền thông</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Influencer network</source>
        <translation>Mạng lưới người có ảnh hưởng</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Kiểm tra, giám sát</translation>
    </message>
    <message>
        <source>Mobilised support</source>
        <translation>Nguồn lực huy động</translation>
    </message>
    <message>
        <source>Model or facility</source>
        <translation>Mô hình, cơ sở</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Lớp tập huấn</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>&amp;Administrator account</source>
        <translation>&amp;Tài khoản quản trị</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Tiếp tụ&amp;c</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Mật khẩu &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Khóa khôi phục</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Set the password</source>
        <translation>Đặ&amp;t mật khẩu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close without the key</source>
        <translation>Đóng, không giữ khóa</translation>
    </message>
    <message>
        <source>Enter the recovery key you printed or saved when the database was set up, and the name of an administrator account. You then choose a new password for that account.</source>
        <translation>Nhập khóa khôi phục đã in hoặc lưu khi thiết lập cơ sở dữ liệu và tên một tài khoản quản trị. Sau đó, bạn đặt mật khẩu mới cho tài khoản này.</translation>
    </message>
    <message>
        <source>Forgotten password</source>
        <translation>Quên mật khẩu</translation>
    </message>
    <message>
        <source>Go back to the key</source>
        <translation>Quay lại khóa khôi phục</translation>
    </message>
    <message>
        <source>Recovery key not kept</source>
        <translation>Chưa cất giữ khóa khôi phục</translation>
    </message>
    <message>
        <source>The new password is set. The recovery key you used no longer works: here is the new one.</source>
        <translation>Đã đặt mật khẩu mới. Khóa khôi phục vừa dùng không còn hiệu lực; dưới đây là khóa mới.</translation>
    </message>
    <message>
        <source>The recovery key is correct. Choose a new password for the account {user}.</source>
        <translation>Khóa khôi phục hợp lệ. Hãy đặt mật khẩu mới cho tài khoản {user}.</translation>
    </message>
    <message>
        <source>There is no administrator account with this name.</source>
        <translation>Không có tài khoản quản trị nào mang tên này.</translation>
    </message>
    <message>
        <source>This account is not an administrator. Enter the name of an administrator account.</source>
        <translation>Tài khoản này không phải tài khoản quản trị. Hãy nhập tên một tài khoản quản trị.</translation>
    </message>
    <message>
        <source>Your new password works. Without the new recovery key, a forgotten password cannot be recovered again. Close without keeping the key?</source>
        <translation>Mật khẩu mới đã có hiệu lực. Nếu không có khóa khôi phục mới, khi quên mật khẩu sẽ không thể khôi phục được nữa. Đóng mà không cất giữ khóa?</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>Copied. Paste it where you keep it safe; it is removed from the clipboard when you finish.</source>
        <translation>Đã sao chép. Hãy dán vào nơi cất giữ an toàn; khóa sẽ được xóa khỏi bộ nhớ tạm khi hoàn tất.</translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Tệp cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key and will keep it safe</source>
        <translation>Tôi đã in hoặc lưu khóa khôi phục và sẽ cất giữ cẩn thận</translation>
    </message>
    <message>
        <source>Issued on: {day}</source>
        <translation>Ngày cấp: {day}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Text file (*.txt)</source>
        <translation>Tài liệu PDF (*.pdf);;Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>In khóa khôi phục</translation>
    </message>
    <message>
        <source>Save as PDF or te&amp;xt file…</source>
        <translation>&amp;Lưu thành tệp PDF hoặc văn bản…</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Lưu khóa khôi phục</translation>
    </message>
    <message>
        <source>Saved to {path}. Move the file off this computer, e.g. to a USB stick you lock away.</source>
        <translation>Đã lưu vào {path}. Hãy chuyển tệp ra khỏi máy tính này, ví dụ sang một USB được cất giữ an toàn.</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that the sheet came out.</source>
        <translation>Đã gửi đến máy in. Hãy kiểm tra bản in.</translation>
    </message>
    <message>
        <source>This recovery key opens the database when every password is forgotten. It is shown only now. Print it or save it, and keep it locked away from this computer: whoever holds it and a copy of the database can read every record.</source>
        <translation>Khóa khôi phục này dùng để mở cơ sở dữ liệu khi quên tất cả mật khẩu và chỉ hiển thị một lần duy nhất. Hãy in hoặc lưu lại, cất giữ cẩn thận và tách biệt khỏi máy tính này: ai có khóa này cùng một bản sao cơ sở dữ liệu đều đọc được mọi hồ sơ.</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Đơn vị: {unit}</translation>
    </message>
    <message>
        <source>With this key an administrator can open the database and set a new password when every password is forgotten. Keep it locked away, apart from the computer. A new key replaces this one when it is used.</source>
        <translation>Với khóa này, quản trị viên có thể mở cơ sở dữ liệu và đặt mật khẩu mới khi quên tất cả mật khẩu. Hãy cất giữ khóa ở nơi an toàn, tách biệt khỏi máy tính. Sau khi khóa được sử dụng, một khóa mới sẽ thay thế khóa này.</translation>
    </message>
    <message>
        <source>gbv-desktop: recovery key</source>
        <translation>gbv-desktop: khóa khôi phục</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <source>Copy this list into an email or a message to the units concerned.</source>
        <translation>Sao chép danh sách này vào thư điện tử hoặc tin nhắn gửi các đơn vị liên quan.</translation>
    </message>
    <message>
        <source>Units that have not reported</source>
        <translation>Các đơn vị chưa gửi báo cáo</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y ban hành:</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>&amp;Go on anyway: produce the report with these records as they are</source>
        <translation>&amp;Vẫn tiếp tục: lập báo cáo với các hồ sơ này như hiện có</translation>
    </message>
    <message>
        <source>&amp;Kind of report:</source>
        <translation>&amp;Loại báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Mask small counts (a copy to share outside government)</source>
        <translation>&amp;Che số liệu nhỏ (bản chia sẻ ra ngoài cơ quan nhà nước)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Produce the report</source>
        <translation>&amp;Lập báo cáo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>&amp;To (Kính gửi):</source>
        <translation>&amp;Kính gửi:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>A &amp;folder:</source>
        <translation>Thư &amp;mục:</translation>
    </message>
    <message>
        <source>A removable &amp;drive (USB stick, memory card):</source>
        <translation>Ổ đĩa &amp;rời (USB, thẻ nhớ):</translation>
    </message>
    <message>
        <source>Annex workbook (XLSX, for Excel)</source>
        <translation>Phụ lục số liệu (XLSX, mở bằng Excel)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
    <message>
        <source>Check the letter, print it for signing, and keep the files with the unit&apos;s records. The report is listed in the history on the Reports page.</source>
        <translation>Vui lòng kiểm tra văn bản, in trình ký và lưu các tệp cùng hồ sơ của đơn vị. Báo cáo đã được ghi vào danh sách trên trang Báo cáo.</translation>
    </message>
    <message>
        <source>Choose the folder for the report</source>
        <translation>Chọn thư mục lưu báo cáo</translation>
    </message>
    <message>
        <source>Counts from 1 to 4 are shown as &quot;&lt;5&quot;, and other cells are hidden too where a total would give them away. Leave this off for the official report to the city office: it carries exact counts, and never anyone&apos;s identity.</source>
        <translation>Số liệu từ 1 đến 4 được ghi là &quot;&lt;5&quot;; một số ô khác cũng được ẩn nếu có thể suy ra từ số tổng. Không chọn mục này khi lập báo cáo chính thức gửi thành phố: báo cáo chính thức ghi số liệu chính xác và không bao giờ có thông tin nhận dạng cá nhân.</translation>
    </message>
    <message>
        <source>Dist&amp;ribution (Nơi nhận):</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hạn gửi:</translation>
    </message>
    <message>
        <source>Editable letter (DOCX, for Word)</source>
        <translation>Văn bản để chỉnh sửa (DOCX, mở bằng Word)</translation>
    </message>
    <message>
        <source>Email draft with the files attached</source>
        <translation>Thư điện tử nháp kèm các tệp</translation>
    </message>
    <message>
        <source>Every figure of the report, as the annex will show it. Choose a table on the left.</source>
        <translation>Toàn bộ số liệu của báo cáo, như sẽ in trong phụ lục. Chọn biểu ở danh sách bên trái.</translation>
    </message>
    <message>
        <source>Files and where to save them</source>
        <translation>Tệp báo cáo và nơi lưu</translation>
    </message>
    <message>
        <source>Files to produce:</source>
        <translation>Các tệp cần lập:</translation>
    </message>
    <message>
        <source>For you to write: difficulties, shortcomings and their causes.</source>
        <translation>Phần do cán bộ viết: khó khăn, hạn chế và nguyên nhân.</translation>
    </message>
    <message>
        <source>For you to write: proposals and requests to the city office.</source>
        <translation>Phần do cán bộ viết: đề xuất, kiến nghị với cấp trên.</translation>
    </message>
    <message>
        <source>For you to write: the main tasks for the next period.</source>
        <translation>Phần do cán bộ viết: nhiệm vụ trọng tâm thời gian tới.</translation>
    </message>
    <message>
        <source>For you to write: what went well in the period.</source>
        <translation>Phần do cán bộ viết: những ưu điểm, kết quả nổi bật trong kỳ.</translation>
    </message>
    <message>
        <source>I1 · Survivors helped by a service provider</source>
        <translation>CT1 · Người bị bạo lực được cơ sở cung cấp dịch vụ hỗ trợ</translation>
    </message>
    <message>
        <source>I2 · Cases needing help that received it</source>
        <translation>CT2 · Vụ việc có nhu cầu được hỗ trợ đầy đủ</translation>
    </message>
    <message>
        <source>Leave it empty to write the number by hand on the printed letter.</source>
        <translation>Để trống nếu muốn ghi số bằng tay trên văn bản in.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Lập báo cáo mới</translation>
    </message>
    <message>
        <source>No record of this period needs completing.</source>
        <translation>Không có hồ sơ nào trong kỳ cần bổ sung.</translation>
    </message>
    <message>
        <source>No removable drive is plugged in. Plug one in, then press Refresh.</source>
        <translation>Chưa cắm ổ đĩa rời nào. Hãy cắm USB hoặc thẻ nhớ rồi bấm Làm mới.</translation>
    </message>
    <message>
        <source>Number, date, recipients and signatory, as they will be printed.</source>
        <translation>Số văn bản, ngày ban hành, nơi nhận và người ký, như sẽ in trên văn bản.</translation>
    </message>
    <message>
        <source>Official letter (PDF)</source>
        <translation>Văn bản báo cáo (PDF)</translation>
    </message>
    <message>
        <source>One line each, ending with &quot;- Lưu: VT.&quot;</source>
        <translation>Mỗi nơi nhận một dòng, dòng cuối là &quot;- Lưu: VT.&quot;</translation>
    </message>
    <message>
        <source>One recipient per line.</source>
        <translation>Mỗi nơi nhận một dòng.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Mở thư &amp;mục</translation>
    </message>
    <message>
        <source>Open the &amp;email draft</source>
        <translation>Mở &amp;thư nháp</translation>
    </message>
    <message>
        <source>Optional: a sentence introducing the assessment.</source>
        <translation>Không bắt buộc: câu mở đầu phần đánh giá.</translation>
    </message>
    <message>
        <source>Optional: a sentence introducing the results.</source>
        <translation>Không bắt buộc: câu mở đầu phần kết quả.</translation>
    </message>
    <message>
        <source>P&amp;lace on the date line:</source>
        <translation>Địa &amp;danh ghi ngày tháng:</translation>
    </message>
    <message>
        <source>Package for the city office (JSON)</source>
        <translation>Gói số liệu gửi thành phố (JSON)</translation>
    </message>
    <message>
        <source>Recipient&apos;s &amp;email address:</source>
        <translation>Địa chỉ &amp;email nơi nhận:</translation>
    </message>
    <message>
        <source>Records of the period that the report would count wrongly until they are completed.</source>
        <translation>Các hồ sơ trong kỳ chưa đầy đủ, sẽ làm số liệu báo cáo bị sai nếu không bổ sung.</translation>
    </message>
    <message>
        <source>Records to complete</source>
        <translation>Hồ sơ cần bổ sung</translation>
    </message>
    <message>
        <source>Replace this section by the text drafted from the figures</source>
        <translation>Thay nội dung mục này bằng đoạn văn soạn sẵn từ số liệu</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Dùng lại bản soạn sẵn</translation>
    </message>
    <message>
        <source>Review the figures</source>
        <translation>Kiểm tra số liệu</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Lưu vào:</translation>
    </message>
    <message>
        <source>Signatory&apos;s na&amp;me:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Signatory&apos;s t&amp;itle:</source>
        <translation>C&amp;hức vụ người ký:</translation>
    </message>
    <message>
        <source>Signing &amp;for:</source>
        <translation>Thẩm &amp;quyền ký:</translation>
    </message>
    <message>
        <source>The drafted sections follow the figures; edit them as you wish. Sections left empty are left out of the letter.</source>
        <translation>Các mục soạn sẵn theo số liệu; có thể sửa tùy ý. Mục để trống sẽ không đưa vào văn bản.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>The period and the due date follow the unit&apos;s calendar; you can change the dates.</source>
        <translation>Kỳ báo cáo và hạn gửi theo lịch báo cáo của đơn vị; có thể sửa ngày nếu cần.</translation>
    </message>
    <message>
        <source>The report is kept in the history once its files are saved.</source>
        <translation>Báo cáo được lưu vào danh sách báo cáo đã lập khi các tệp đã ghi xong.</translation>
    </message>
    <message>
        <source>The report is ready</source>
        <translation>Đã lập xong báo cáo</translation>
    </message>
    <message>
        <source>The report&apos;s text</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>There is no record in this period. The report will still be produced and will say so.</source>
        <translation>Trong kỳ không có hồ sơ nào. Báo cáo vẫn được lập và sẽ nêu rõ điều này.</translation>
    </message>
    <message>
        <source>Which report?</source>
        <translation>Lập báo cáo nào?</translation>
    </message>
    <message>
        <source>You edited drafted sections before choosing to mask small counts: check that your text gives no count below 5.</source>
        <translation>Bạn đã sửa các mục soạn sẵn trước khi chọn che số liệu nhỏ: vui lòng kiểm tra để nội dung không nêu số liệu nào dưới 5.</translation>
    </message>
    <message>
        <source>before {date} ({days} days ago)</source>
        <translation>trước ngày {date} (đã quá {days} ngày)</translation>
    </message>
    <message>
        <source>before {date} ({days} days from today)</source>
        <translation>trước ngày {date} (còn {days} ngày)</translation>
    </message>
    <message>
        <source>counts hidden in this copy; target {target}: {verdict}</source>
        <translation>số liệu được che trong bản này; chỉ tiêu {target}: {verdict}</translation>
    </message>
    <message>
        <source>e.g. 12/BC-UBND</source>
        <translation>ví dụ: 12/BC-UBND</translation>
    </message>
    <message>
        <source>e.g. phonglaodong@example.gov.vn (optional)</source>
        <translation>ví dụ: phonglaodong@example.gov.vn (không bắt buộc)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>no data yet (nothing to count in this period); target {target}</source>
        <translation>chưa có số liệu (trong kỳ không phát sinh); chỉ tiêu {target}</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>when asked (no fixed date)</source>
        <translation>theo yêu cầu (không có hạn cố định)</translation>
    </message>
    <message>
        <source>{n} file(s) saved in {folder}:</source>
        <translation>Đã lưu {n} tệp vào {folder}:</translation>
    </message>
    <message>
        <source>{n} record(s) of this period need completing. Double-click one to open it; the figures are computed again after you save.</source>
        <translation>Có {n} hồ sơ trong kỳ cần bổ sung. Bấm đúp để mở hồ sơ; số liệu được tính lại sau khi lưu.</translation>
    </message>
    <message>
        <source>{percent} ({numerator} of {denominator}); target {target}: {verdict}</source>
        <translation>{percent} ({numerator}/{denominator}); chỉ tiêu {target}: {verdict}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>A member unit is a ward or a commune.</source>
        <translation>Đơn vị trực thuộc phải là phường hoặc xã.</translation>
    </message>
    <message>
        <source>A member unit needs a name.</source>
        <translation>Vui lòng nhập tên đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>A ward or commune code has exactly 5 digits, e.g. 24133 (or leave it empty).</source>
        <translation>Mã phường, xã gồm đúng 5 chữ số, ví dụ 24133 (hoặc để trống).</translation>
    </message>
    <message>
        <source>Adding up the figures of {n} units…</source>
        <translation>Đang cộng số liệu của {n} đơn vị…</translation>
    </message>
    <message>
        <source>An ad hoc report has no period in the calendar: give its first and last day.</source>
        <translation>Báo cáo đột xuất không có kỳ báo cáo theo lịch: vui lòng nhập ngày bắt đầu và ngày kết thúc.</translation>
    </message>
    <message>
        <source>Choose at least one file to produce.</source>
        <translation>Vui lòng chọn ít nhất một tệp cần lập.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hoàn tất.</translation>
    </message>
    <message>
        <source>Keeping the packages received…</source>
        <translation>Đang lưu các gói báo cáo đã nhận…</translation>
    </message>
    <message>
        <source>Keeping the report in the history…</source>
        <translation>Đang lưu báo cáo vào danh sách báo cáo đã lập…</translation>
    </message>
    <message>
        <source>No member unit&apos;s package has been received for this period: nothing to compile.</source>
        <translation>Chưa nhận được gói báo cáo của đơn vị trực thuộc nào cho kỳ này: chưa có gì để tổng hợp.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <source>The city has no member units yet: add its wards and communes first.</source>
        <translation>Thành phố chưa có đơn vị trực thuộc: vui lòng thêm các phường, xã trước.</translation>
    </message>
    <message>
        <source>The code {code} is already used by {unit}.</source>
        <translation>Mã {code} đã được dùng cho {unit}.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (was the drive removed?).</source>
        <translation>Thư mục {path} không tồn tại (ổ đĩa đã bị rút ra?).</translation>
    </message>
    <message>
        <source>The font for the report ({name}) is missing from this installation. Reinstall gbv-desktop.</source>
        <translation>Phông chữ dùng cho báo cáo ({name}) bị thiếu trong bản cài đặt này. Hãy cài đặt lại gbv-desktop.</translation>
    </message>
    <message>
        <source>The report contains characters its font cannot print: {chars}. Remove or replace them in the text and try again.</source>
        <translation>Báo cáo có ký tự mà phông chữ không in được: {chars}. Hãy xóa hoặc thay các ký tự này trong nội dung rồi thử lại.</translation>
    </message>
    <message>
        <source>The report package {path} cannot be used: {reason}</source>
        <translation>Không dùng được gói báo cáo {path}: {reason}</translation>
    </message>
    <message>
        <source>The report was not saved: {reason} Files of this report already written to {folder} were removed; nothing else was changed.</source>
        <translation>Chưa lưu được báo cáo: {reason} Các tệp của báo cáo này đã ghi vào {folder} đã được xóa; không có gì khác bị thay đổi.</translation>
    </message>
    <message>
        <source>This member unit no longer exists.</source>
        <translation>Đơn vị trực thuộc này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Unknown file type &quot;{name}&quot;: choose among pdf, docx, xlsx, json and eml.</source>
        <translation>Loại tệp &quot;{name}&quot; không hợp lệ: chọn trong pdf, docx, xlsx, json và eml.</translation>
    </message>
    <message>
        <source>Writing the annex workbook (XLSX)…</source>
        <translation>Đang ghi phụ lục số liệu (XLSX)…</translation>
    </message>
    <message>
        <source>Writing the editable letter (DOCX)…</source>
        <translation>Đang ghi văn bản để chỉnh sửa (DOCX)…</translation>
    </message>
    <message>
        <source>Writing the email draft…</source>
        <translation>Đang ghi thư điện tử nháp…</translation>
    </message>
    <message>
        <source>Writing the official letter (PDF)…</source>
        <translation>Đang ghi văn bản báo cáo (PDF)…</translation>
    </message>
    <message>
        <source>Writing the package for the city office (JSON)…</source>
        <translation>Đang ghi gói số liệu gửi thành phố (JSON)…</translation>
    </message>
    <message>
        <source>a newer package from {unit} for the same period is among the files imported ({name}).</source>
        <translation>trong các tệp được nhập có gói mới hơn của {unit} cho cùng kỳ ({name}).</translation>
    </message>
    <message>
        <source>it comes from {unit} (code {code}), but the member unit {member} has no code yet. Enter its code under Member units, then import the file again.</source>
        <translation>tệp của {unit} (mã {code}), nhưng đơn vị trực thuộc {member} chưa có mã. Vui lòng nhập mã ở thẻ Đơn vị trực thuộc, rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>it comes from {unit} (code {code}), which is not one of the city&apos;s member units. If it belongs to the city, add it under Member units, then import the file again.</source>
        <translation>tệp của {unit} (mã {code}), không phải đơn vị trực thuộc thành phố. Nếu đơn vị thuộc thành phố, vui lòng thêm ở thẻ Đơn vị trực thuộc, rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation>không đọc được tệp ({reason}).</translation>
    </message>
    <message>
        <source>it covers {found}, not the period being compiled ({wanted}).</source>
        <translation>tệp có số liệu kỳ {found}, không phải kỳ đang tổng hợp ({wanted}).</translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation>tệp không tồn tại.</translation>
    </message>
    <message>
        <source>it ends too early: it was probably cut off while being copied or saved.</source>
        <translation>tệp bị thiếu phần cuối: có lẽ tệp bị ngắt giữa chừng khi sao chép hoặc lưu.</translation>
    </message>
    <message>
        <source>it has an unexpected field &quot;{field}&quot;.</source>
        <translation>tệp có trường không mong đợi “{field}”.</translation>
    </message>
    <message>
        <source>it has no valid checksum.</source>
        <translation>tệp không có mã kiểm tra (checksum) hợp lệ.</translation>
    </message>
    <message>
        <source>it is a masked copy (small counts hidden, for sharing outside government), which cannot be added up; ask {unit} for the official package.</source>
        <translation>tệp là bản che số liệu nhỏ (để chia sẻ ra ngoài cơ quan nhà nước), không thể cộng số liệu; vui lòng đề nghị {unit} gửi gói báo cáo chính thức.</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB, too large to be a report package.</source>
        <translation>tệp lớn hơn {limit} MB, quá lớn để là một gói báo cáo.</translation>
    </message>
    <message>
        <source>it is nested too deeply to be a report package.</source>
        <translation>tệp có cấu trúc lồng nhau quá sâu, không thể là một gói báo cáo.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text, so it is not a report package from gbv-desktop.</source>
        <translation>tệp không phải văn bản UTF-8, nên không phải gói báo cáo của gbv-desktop.</translation>
    </message>
    <message>
        <source>it is not a report package from gbv-desktop.</source>
        <translation>tệp không phải là gói báo cáo của gbv-desktop.</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}); it may be damaged.</source>
        <translation>tệp không phải JSON hợp lệ (dòng {line}, cột {column}); tệp có thể đã bị hỏng.</translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be damaged.</source>
        <translation>tệp không phải JSON hợp lệ; tệp có thể đã bị hỏng.</translation>
    </message>
    <message>
        <source>it is of the kind “{found}”, not “{wanted}”.</source>
        <translation>tệp thuộc loại “{found}”, không phải “{wanted}”.</translation>
    </message>
    <message>
        <source>it is older than the package from {unit} received on {date}, which is kept.</source>
        <translation>tệp cũ hơn gói của {unit} đã nhận ngày {date}; gói đã nhận được giữ nguyên.</translation>
    </message>
    <message>
        <source>it is the compiled report of {unit}, not the report of a ward or commune.</source>
        <translation>tệp là báo cáo tổng hợp của {unit}, không phải báo cáo của phường, xã.</translation>
    </message>
    <message>
        <source>it is the same package as {name}, imported with it.</source>
        <translation>tệp trùng với gói {name} được nhập cùng lúc.</translation>
    </message>
    <message>
        <source>it was written by a newer version of gbv-desktop (report package version {found}; this version reads version {known} and older). Install the newer version to read it.</source>
        <translation>tệp được tạo bởi phiên bản gbv-desktop mới hơn (gói báo cáo phiên bản {found}; phiên bản này chỉ đọc được đến phiên bản {known}). Hãy cài đặt phiên bản mới hơn để đọc tệp.</translation>
    </message>
    <message>
        <source>its checksum does not match its contents: it was changed or damaged after it was written.</source>
        <translation>mã kiểm tra (checksum) không khớp với nội dung: tệp đã bị sửa hoặc bị hỏng sau khi được tạo.</translation>
    </message>
    <message>
        <source>its field &quot;{field}&quot; is missing or not valid.</source>
        <translation>trường “{field}” bị thiếu hoặc không hợp lệ.</translation>
    </message>
    <message>
        <source>its format version is not valid.</source>
        <translation>phiên bản định dạng của tệp không hợp lệ.</translation>
    </message>
    <message>
        <source>produce reports and keep them in the history</source>
        <translation>lập báo cáo và lưu vào danh sách báo cáo đã lập</translation>
    </message>
    <message>
        <source>receive report packages and manage member units</source>
        <translation>nhận gói báo cáo và quản lý đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>some of its counts are missing, so it cannot be added up.</source>
        <translation>tệp thiếu một số số liệu, nên không thể cộng số liệu.</translation>
    </message>
    <message>
        <source>the field &quot;{field}&quot; appears twice in one object.</source>
        <translation>trường “{field}” xuất hiện hai lần trong cùng một đối tượng.</translation>
    </message>
    <message>
        <source>the same package was already received on {date}; nothing new was imported.</source>
        <translation>gói này đã được nhận ngày {date}; không có gì mới để nhập.</translation>
    </message>
    <message>
        <source>you chose to keep the package received on {date}; this one was not imported.</source>
        <translation>bạn đã chọn giữ gói nhận ngày {date}; tệp này không được nhập.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} không phải là thư mục.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Lập báo cáo mới…</translation>
    </message>
    <message>
        <source>Each report is kept with its figures as they were when it was made. A report marked “changed since” no longer matches the records: they were completed or corrected afterwards.</source>
        <translation>Mỗi báo cáo được lưu cùng số liệu tại thời điểm lập. Báo cáo có ghi “đã thay đổi” không còn khớp với hồ sơ: hồ sơ đã được bổ sung hoặc sửa sau khi lập báo cáo.</translation>
    </message>
    <message>
        <source>No report has been produced yet. Press “New report…” to make one.</source>
        <translation>Chưa lập báo cáo nào. Bấm “Lập báo cáo mới…” để bắt đầu.</translation>
    </message>
    <message>
        <source>Reports produced</source>
        <translation>Báo cáo đã lập</translation>
    </message>
    <message>
        <source>Your role may look at the reports but not produce them.</source>
        <translation>Vai trò của bạn chỉ được xem, không được lập báo cáo.</translation>
    </message>
    <message>
        <source>{n} report(s).</source>
        <translation>{n} báo cáo.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restoring a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Add a ser&amp;vice</source>
        <translation>Thêm dịch &amp;vụ</translation>
    </message>
    <message>
        <source>Add a service given to the survivor</source>
        <translation>Thêm một dịch vụ đã cung cấp cho người bị bạo lực</translation>
    </message>
    <message>
        <source>No service recorded yet.</source>
        <translation>Chưa ghi nhận dịch vụ nào.</translation>
    </message>
</context>
<context>
    <name>ServiceEntry</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Nơi cung cấp</translation>
    </message>
    <message>
        <source>Name, e.g. Ward health station</source>
        <translation>Tên đơn vị, VD: Trạm y tế phường</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove service {n}</source>
        <translation>Xóa dịch vụ thứ {n}</translation>
    </message>
    <message>
        <source>Remove this service from the case</source>
        <translation>Xóa dịch vụ này khỏi vụ việc</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Locked — sign in again</source>
        <translation>Đã khóa — đăng nhập lại</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Hoàn tác thay đổi</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>6-month report</source>
        <translation>Báo cáo 6 tháng</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Báo cáo năm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct the marked fields:</source>
        <translation>Chưa lưu được. Vui lòng sửa các mục được đánh dấu:</translation>
    </message>
    <message>
        <source>Only an administrator manages accounts; you can change your password.</source>
        <translation>Chỉ quản trị viên được quản lý tài khoản; bạn có thể đổi mật khẩu của mình.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu đã nhập không khớp nhau.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Account name</source>
        <translation>Tên tài &amp;khoản</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>Thẩm quyền &amp;ký</translation>
    </message>
    <message>
        <source>&amp;Create the database</source>
        <translation>Tạo &amp;cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Issuing body</source>
        <translation>Cơ quan &amp;ban hành</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Cấp</translation>
    </message>
    <message>
        <source>&amp;Name of the unit</source>
        <translation>Tên đơn &amp;vị</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Place in the date line</source>
        <translation>Địa &amp;danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>C&amp;hương trình</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Chức vụ</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>(full name)</source>
        <translation>(họ và tên)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&lt;p&gt;gbv-desktop keeps the records of your unit&apos;s work against gender-based violence: awareness activities, cases and the services given, trainings, models and facilities, support mobilised, inspections and funding. From these records it prepares the periodic reports to the city office.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data stays on this computer.&lt;/b&gt; The program needs no internet connection and sends nothing anywhere. The database is encrypted: without a password nobody can read it, not even by copying the file.&lt;/p&gt;&lt;p&gt;You will now enter your unit&apos;s details, the signatory of reports, the programme and its targets, and the first administrator account. At the end you receive a &lt;b&gt;recovery key&lt;/b&gt;: print it or save it, because it is the only way back in if every password is forgotten.&lt;/p&gt;</source>
        <translation>&lt;p&gt;gbv-desktop lưu hồ sơ công tác phòng ngừa, ứng phó với bạo lực trên cơ sở giới của đơn vị: hoạt động truyền thông, vụ việc và các dịch vụ đã hỗ trợ, tập huấn, mô hình và cơ sở, nguồn lực huy động, kiểm tra, giám sát và kinh phí. Từ các hồ sơ này, chương trình lập báo cáo định kỳ gửi thành phố.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dữ liệu chỉ lưu trên máy tính này.&lt;/b&gt; Chương trình không cần kết nối Internet và không gửi dữ liệu đi bất cứ đâu. Cơ sở dữ liệu được mã hóa: không có mật khẩu thì không ai đọc được, kể cả khi sao chép tệp.&lt;/p&gt;&lt;p&gt;Tiếp theo, bạn nhập thông tin đơn vị, người ký báo cáo, chương trình và chỉ tiêu, cùng tài khoản quản trị đầu tiên. Cuối cùng, bạn nhận một &lt;b&gt;khóa khôi phục&lt;/b&gt;: hãy in hoặc lưu lại, vì đó là cách duy nhất để vào lại khi quên tất cả mật khẩu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A few questions set the program up for your unit. It takes about five minutes.</source>
        <translation>Trả lời vài câu hỏi để thiết lập chương trình cho đơn vị. Chỉ mất khoảng năm phút.</translation>
    </message>
    <message>
        <source>Administrative &amp;code</source>
        <translation>&amp;Mã đơn vị hành chính</translation>
    </message>
    <message>
        <source>As in &quot;Tân Lợi, ngày 15 tháng 5 năm 2025&quot;.</source>
        <translation>Như trong “Tân Lợi, ngày 15 tháng 5 năm 2025”.</translation>
    </message>
    <message>
        <source>As it will appear:</source>
        <translation>Sẽ hiển thị như sau:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close without the key</source>
        <translation>Đóng, không giữ khóa</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Đang tạo cơ sở dữ liệu mã hóa…</translation>
    </message>
    <message>
        <source>Go back to the key</source>
        <translation>Quay lại khóa khôi phục</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>&amp;Giai đoạn</translation>
    </message>
    <message>
        <source>Pa&amp;rent body</source>
        <translation>Cơ quan cấp t&amp;rên</translation>
    </message>
    <message>
        <source>Plan &amp;reference</source>
        <translation>&amp;Số, ký hiệu kế hoạch</translation>
    </message>
    <message>
        <source>Printed above the issuing body; leave empty if there is none.</source>
        <translation>In phía trên tên cơ quan ban hành; để trống nếu không có.</translation>
    </message>
    <message>
        <source>Programme and targets</source>
        <translation>Chương trình và chỉ tiêu</translation>
    </message>
    <message>
        <source>Recovery key not kept</source>
        <translation>Chưa cất giữ khóa khôi phục</translation>
    </message>
    <message>
        <source>Reports &amp;go to</source>
        <translation>&amp;Nơi nhận báo cáo</translation>
    </message>
    <message>
        <source>Set up gbv-desktop</source>
        <translation>Thiết lập gbv-desktop</translation>
    </message>
    <message>
        <source>Share of cases needing help (medical care, counselling, legal advice…) that receive it.</source>
        <translation>Tỷ lệ trường hợp có nhu cầu hỗ trợ (chăm sóc y tế, tư vấn, trợ giúp pháp lý…) được hỗ trợ.</translation>
    </message>
    <message>
        <source>Share of people subjected to gender-based violence who receive help from a service provider.</source>
        <translation>Tỷ lệ người bị bạo lực trên cơ sở giới được cơ sở cung cấp dịch vụ hỗ trợ.</translation>
    </message>
    <message>
        <source>Target &amp;1</source>
        <translation>Chỉ tiêu &amp;1</translation>
    </message>
    <message>
        <source>Target &amp;2</source>
        <translation>Chỉ tiêu &amp;2</translation>
    </message>
    <message>
        <source>The database has been created and you can sign in with your password. Without the recovery key, a forgotten password cannot be recovered. Close without keeping the key?</source>
        <translation>Cơ sở dữ liệu đã được tạo và bạn có thể đăng nhập bằng mật khẩu. Nếu không có khóa khôi phục, khi quên mật khẩu sẽ không thể khôi phục được. Đóng mà không cất giữ khóa?</translation>
    </message>
    <message>
        <source>The database is ready. One last step: keep the recovery key.</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng. Bước cuối cùng: cất giữ khóa khôi phục.</translation>
    </message>
    <message>
        <source>The database was not created. {reason}</source>
        <translation>Chưa tạo được cơ sở dữ liệu. {reason}</translation>
    </message>
    <message>
        <source>The database will be created at:</source>
        <translation>Cơ sở dữ liệu sẽ được tạo tại:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>The plan your unit carries out and the two targets every report is measured against. The defaults are the 2021–2025 plan; change them if your plan differs.</source>
        <translation>Kế hoạch đơn vị thực hiện và hai chỉ tiêu dùng để đánh giá trong mọi báo cáo. Mặc định là Kế hoạch giai đoạn 2021–2025; hãy sửa nếu kế hoạch của đơn vị khác.</translation>
    </message>
    <message>
        <source>The reporting calendar (6-month and annual deadlines) can be changed later in Settings.</source>
        <translation>Lịch báo cáo (hạn báo cáo 6 tháng và hằng năm) có thể sửa sau trong mục Cài đặt.</translation>
    </message>
    <message>
        <source>The signature block of the official letter. Each report can change it.</source>
        <translation>Phần chữ ký của văn bản. Có thể thay đổi riêng cho từng báo cáo.</translation>
    </message>
    <message>
        <source>The unit&apos;s code in the national list of administrative units.</source>
        <translation>Mã của đơn vị trong Danh mục đơn vị hành chính Việt Nam.</translation>
    </message>
    <message>
        <source>These details appear in the heading and date line of every report. You can change them later in Settings.</source>
        <translation>Các thông tin này xuất hiện ở phần đầu và dòng địa danh, ngày tháng của mọi báo cáo. Có thể sửa lại sau trong mục Cài đặt.</translation>
    </message>
    <message>
        <source>This account manages the unit&apos;s settings, the other accounts and the backups. Choose a password you can remember: nobody can look it up for you.</source>
        <translation>Tài khoản này quản lý thông tin đơn vị, các tài khoản khác và việc sao lưu. Hãy chọn mật khẩu bạn nhớ được: không ai có thể tra cứu lại mật khẩu giúp bạn.</translation>
    </message>
    <message>
        <source>Used to sign in: letters without accents, digits, dots, dashes or underscores.</source>
        <translation>Dùng để đăng nhập: chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>Welcome to gbv-desktop</source>
        <translation>Chào mừng đến với gbv-desktop</translation>
    </message>
    <message>
        <source>Who signs the reports</source>
        <translation>Người ký báo cáo</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>e.g. &quot;CHỦ TỊCH&quot; or &quot;PHÓ CHỦ TỊCH&quot;.</source>
        <translation>Ví dụ: “CHỦ TỊCH” hoặc “PHÓ CHỦ TỊCH”.</translation>
    </message>
    <message>
        <source>e.g. &quot;TM. ỦY BAN NHÂN DÂN&quot; or &quot;KT. CHỦ TỊCH&quot;.</source>
        <translation>Ví dụ: “TM. ỦY BAN NHÂN DÂN” hoặc “KT. CHỦ TỊCH”.</translation>
    </message>
    <message>
        <source>e.g. 24133</source>
        <translation>Ví dụ: 24133</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Lan</source>
        <translation>Ví dụ: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation>Ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>e.g. Phường Tân Lợi</source>
        <translation>Ví dụ: Phường Tân Lợi</translation>
    </message>
    <message>
        <source>e.g. admin or lan.nguyen</source>
        <translation>Ví dụ: admin hoặc lan.nguyen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Account name</source>
        <translation>Tên tài &amp;khoản</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>&amp;Quên mật khẩu?</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup…</source>
        <translation>Khôi phục &amp;bản sao lưu tốt gần nhất…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đă&amp;ng nhập</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Đã khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Cơ sở dữ liệu: {name}</translation>
    </message>
    <message>
        <source>Enter your account name and password first.</source>
        <translation>Vui lòng nhập tên tài khoản và mật khẩu trước.</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Hãy nhập tên tài khoản.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>No backup of this database that checks out was found in {folders}. If a backup is on a USB stick, plug it in and try again, or restore it from the command line (gbv-desktop restore).</source>
        <translation>Không tìm thấy bản sao lưu còn tốt của cơ sở dữ liệu này trong {folders}. Nếu bản sao lưu nằm trên USB, vui lòng cắm USB vào và thử lại, hoặc khôi phục bằng dòng lệnh (gbv-desktop restore).</translation>
    </message>
    <message>
        <source>Restore and sign in</source>
        <translation>Khôi phục và đăng nhập</translation>
    </message>
    <message>
        <source>Restore the backup of {date} from {folder}?

The damaged database is kept in the backups folder, not deleted. Anything entered after {date} is not in the backup.</source>
        <translation>Khôi phục bản sao lưu lúc {date} từ {folder}?

Cơ sở dữ liệu bị hỏng được lưu giữ trong thư mục sao lưu, không bị xóa. Thông tin nhập sau {date} không có trong bản sao lưu.</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign in — gbv-desktop</source>
        <translation>Đăng nhập — gbv-desktop</translation>
    </message>
    <message>
        <source>The backup of {date} has been restored.</source>
        <translation>Đã khôi phục bản sao lưu lúc {date}.</translation>
    </message>
    <message>
        <source>The damaged database is kept as {name} in {folder}.</source>
        <translation>Cơ sở dữ liệu bị hỏng được lưu giữ với tên {name} trong thư mục {folder}.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been altered outside the program, so it was not opened.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng hoặc đã bị sửa đổi bên ngoài phần mềm nên không được mở.</translation>
    </message>
    <message>
        <source>The program will not work on a damaged database. Restore the newest backup that checks out: the damaged file is kept aside, not deleted, and what was entered after that backup is not in it.</source>
        <translation>Phần mềm không làm việc trên cơ sở dữ liệu bị hỏng. Hãy khôi phục bản sao lưu còn tốt gần nhất: tệp bị hỏng được cất giữ riêng, không bị xóa; thông tin nhập sau thời điểm sao lưu đó sẽ không có.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>A database already exists at {path}; nothing was changed.</source>
        <translation>Đã có cơ sở dữ liệu tại {path}; không có thay đổi nào được thực hiện.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>Phải còn ít nhất một quản trị viên đang hoạt động.</translation>
    </message>
    <message>
        <source>Could not write {path}: {detail}. The previous file, if any, is unchanged.</source>
        <translation>Không ghi được tệp {path}: {detail}. Tệp trước đó (nếu có) vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Record {kind} #{id} does not exist (it may have been deleted).</source>
        <translation>Không tìm thấy bản ghi {kind} #{id} (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>The backup folder {path} cannot be reached (is the drive plugged in?). Nothing was written there.</source>
        <translation>Không truy cập được thư mục sao lưu {path} (USB hoặc ổ đĩa đã được cắm vào chưa?). Chưa ghi gì vào thư mục đó.</translation>
    </message>
    <message>
        <source>The backup {path} belongs to another database. Restore it with that database&apos;s own password from the command line (gbv-desktop restore).</source>
        <translation>Bản sao lưu {path} thuộc về một cơ sở dữ liệu khác. Vui lòng khôi phục bằng mật khẩu của chính cơ sở dữ liệu đó qua dòng lệnh (gbv-desktop restore).</translation>
    </message>
    <message>
        <source>The database cannot be kept at {path}: {reason} Keep it on this computer&apos;s own disk and copy backups to other drives instead.</source>
        <translation>Không thể lưu cơ sở dữ liệu tại {path}: {reason} Hãy lưu cơ sở dữ liệu trên ổ đĩa của chính máy tính này và sao chép các bản sao lưu sang ổ đĩa khác.</translation>
    </message>
    <message>
        <source>The database could not be used.</source>
        <translation>Không sử dụng được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been altered ({detail}). Restore the newest backup.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng hoặc đã bị thay đổi ({detail}). Hãy khôi phục từ bản sao lưu mới nhất.</translation>
    </message>
    <message>
        <source>The database is busy in another window or program. Close it and try again.</source>
        <translation>Cơ sở dữ liệu đang được sử dụng ở cửa sổ hoặc chương trình khác. Hãy đóng cửa sổ, chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy; dữ liệu chưa được lưu. Hãy giải phóng dung lượng ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The file {path} cannot be used: {detail}</source>
        <translation>Không sử dụng được tệp {path}: {detail}</translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this database is missing. Restore it from a backup (it is saved beside every backup).</source>
        <translation>Không tìm thấy tệp khóa {path} của cơ sở dữ liệu này. Hãy khôi phục tệp khóa từ bản sao lưu (tệp khóa được lưu kèm theo mỗi bản sao lưu).</translation>
    </message>
    <message>
        <source>The record has {count} invalid field(s).</source>
        <translation>Bản ghi có {count} trường không hợp lệ.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Không có cơ sở dữ liệu tại {path}.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of gbv-desktop (schema {found}, this version knows up to {known}). Install the newer version; nothing was changed.</source>
        <translation>Cơ sở dữ liệu này được ghi bởi phiên bản gbv-desktop mới hơn (lược đồ {found}, phiên bản này chỉ hỗ trợ đến {known}). Hãy cài đặt phiên bản mới hơn; không có thay đổi nào được thực hiện.</translation>
    </message>
    <message>
        <source>This recovery key does not open this database.</source>
        <translation>Khóa khôi phục này không mở được cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Wrong account name or password.</source>
        <translation>Tên tài khoản hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: {action}.</source>
        <translation>Vai trò của bạn ({role}) không có quyền {action}.</translation>
    </message>
    <message>
        <source>change records</source>
        <translation>thay đổi bản ghi</translation>
    </message>
    <message>
        <source>change the unit&apos;s settings</source>
        <translation>thay đổi thiết lập của đơn vị</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>quản lý tài khoản</translation>
    </message>
    <message>
        <source>see or change a survivor&apos;s identifying details</source>
        <translation>xem hoặc thay đổi thông tin nhận dạng của người bị bạo lực</translation>
    </message>
    <message>
        <source>the file read back differs from what was written</source>
        <translation>nội dung đọc lại khác với nội dung đã ghi</translation>
    </message>
</context>
<context>
    <name>TargetBar</name>
    <message>
        <source>No data. Target: {target}</source>
        <translation>Chưa có số liệu. Chỉ tiêu: {target}</translation>
    </message>
    <message>
        <source>{value} (target {target})</source>
        <translation>{value} (chỉ tiêu {target})</translation>
    </message>
</context>
<context>
    <name>TargetCard</name>
    <message>
        <source>Phase {first}–{last}</source>
        <translation>Giai đoạn {first}–{last}</translation>
    </message>
    <message>
        <source>Target: {target}</source>
        <translation>Chỉ tiêu: {target}</translation>
    </message>
    <message>
        <source>Year {year} ({start} – {end})</source>
        <translation>Năm {year} ({start} – {end})</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Missing (no code entered)</source>
        <translation>Chưa gửi (chưa nhập mã đơn vị)</translation>
    </message>
    <message>
        <source>Missing, {n} day(s) overdue</source>
        <translation>Chưa gửi, quá hạn {n} ngày</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Not received yet</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Received late ({n} day(s))</source>
        <translation>Nhận muộn ({n} ngày)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>The unit sent a newer package; the latest counts, the earlier ones are kept.</source>
        <translation>Đơn vị đã gửi gói mới hơn; số liệu tính theo gói mới nhất, các gói trước vẫn được lưu.</translation>
    </message>
    <message>
        <source>Ward or commune</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <source>{first} (new version {latest})</source>
        <translation>{first} (bản mới {latest})</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>By role and sex</source>
        <translation>Theo đối tượng và giới tính</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Cost and notes</source>
        <translation>Kinh phí và ghi chú</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày tổ chức</translation>
    </message>
    <message>
        <source>End date (if several days)</source>
        <translation>Ngày kết thúc (nếu nhiều ngày)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Save, then start a new course with the same dates, organiser and place (Ctrl+Shift+S)</source>
        <translation>Lưu, rồi nhập tiếp lớp tập huấn khác cùng thời gian, đơn vị tổ chức và địa điểm (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung tập huấn</translation>
    </message>
    <message>
        <source>e.g. Skills for supporting survivors of gender-based violence</source>
        <translation>VD: Kỹ năng hỗ trợ người bị bạo lực trên cơ sở giới</translation>
    </message>
    <message>
        <source>e.g. Ward People&apos;s Committee</source>
        <translation>VD: UBND phường</translation>
    </message>
</context>
<context>
    <name>UnitTab</name>
    <message>
        <source>5 digits, e.g. 24133</source>
        <translation>5 chữ số, ví dụ: 24133</translation>
    </message>
    <message>
        <source>Administrative code</source>
        <translation>Mã đơn vị hành chính</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <source>In the letter: {line}</source>
        <translation>Trong văn bản: {line}</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Name of the signatory</source>
        <translation>Họ và tên người ký</translation>
    </message>
    <message>
        <source>Only an administrator can change the unit&apos;s details.</source>
        <translation>Chỉ quản trị viên mới được sửa thông tin đơn vị.</translation>
    </message>
    <message>
        <source>Parent body (if any)</source>
        <translation>Cơ quan chủ quản (nếu có)</translation>
    </message>
    <message>
        <source>Place name in the date line</source>
        <translation>Địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>Recipient (Kính gửi)</source>
        <translation>Kính gửi (cơ quan nhận báo cáo)</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>Văn bản báo cáo</translation>
    </message>
    <message>
        <source>The number reads: {number}</source>
        <translation>Số văn bản sẽ ghi: {number}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>e.g. CHỦ TỊCH or PHÓ CHỦ TỊCH</source>
        <translation>ví dụ: CHỦ TỊCH hoặc PHÓ CHỦ TỊCH</translation>
    </message>
    <message>
        <source>e.g. Phường Tân Lợi</source>
        <translation>ví dụ: Phường Tân Lợi</translation>
    </message>
    <message>
        <source>e.g. TM. ỦY BAN NHÂN DÂN or KT. CHỦ TỊCH</source>
        <translation>ví dụ: TM. ỦY BAN NHÂN DÂN hoặc KT. CHỦ TỊCH</translation>
    </message>
    <message>
        <source>e.g. Tân Lợi</source>
        <translation>ví dụ: Tân Lợi</translation>
    </message>
    <message>
        <source>e.g. ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI</source>
        <translation>ví dụ: ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Account</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>&quot;{value}&quot; is not a valid date (dd/mm/yyyy).</source>
        <translation>“{value}” không phải là ngày hợp lệ (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the allowed choices.</source>
        <translation>Giá trị “{value}” không có trong danh sách lựa chọn.</translation>
    </message>
    <message>
        <source>A city or province code has 2, 3 or 5 digits.</source>
        <translation>Mã tỉnh, thành phố gồm 2, 3 hoặc 5 chữ số.</translation>
    </message>
    <message>
        <source>A closed model needs the date it closed.</source>
        <translation>Mô hình đã giải thể phải có ngày giải thể.</translation>
    </message>
    <message>
        <source>A target is a percentage between 0 and 100.</source>
        <translation>Chỉ tiêu là tỷ lệ phần trăm, từ 0 đến 100.</translation>
    </message>
    <message>
        <source>A ward or commune code has exactly 5 digits, e.g. 24133.</source>
        <translation>Mã phường, xã gồm đúng 5 chữ số, ví dụ: 24133.</translation>
    </message>
    <message>
        <source>An account name has 2 to 40 letters without accents (a–z), digits, dots, dashes or underscores.</source>
        <translation>Tên tài khoản gồm 2 đến 40 ký tự: chữ không dấu (a–z), chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>Enter a number of women and a number of men.</source>
        <translation>Nhập số nữ và số nam.</translation>
    </message>
    <message>
        <source>Enter an amount of money or a description of what was given.</source>
        <translation>Nhập số tiền hoặc mô tả hiện vật đã hỗ trợ.</translation>
    </message>
    <message>
        <source>Enter at least one participant.</source>
        <translation>Cần nhập ít nhất một người tham gia.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Phải là số nguyên.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Không được là số âm.</translation>
    </message>
    <message>
        <source>Only a closed model has a closing date.</source>
        <translation>Chỉ mô hình đã giải thể mới có ngày giải thể.</translation>
    </message>
    <message>
        <source>Shelter days are recorded but no shelter service was given.</source>
        <translation>Đã nhập số ngày tạm lánh nhưng chưa có dịch vụ tạm lánh nào được cung cấp.</translation>
    </message>
    <message>
        <source>The account name &quot;{value}&quot; is already taken.</source>
        <translation>Tên tài khoản “{value}” đã được sử dụng.</translation>
    </message>
    <message>
        <source>The case is closed but these needs received no service: {needs}.</source>
        <translation>Vụ việc đã kết thúc nhưng các nhu cầu sau chưa được hỗ trợ: {needs}.</translation>
    </message>
    <message>
        <source>The closing date is before the date it was set up.</source>
        <translation>Ngày giải thể không được trước ngày thành lập.</translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation>Ngày {value} không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Mật khẩu phải có ít nhất {n} ký tự.</translation>
    </message>
    <message>
        <source>The phase must start no later than it ends, between 2000 and 2100.</source>
        <translation>Năm bắt đầu giai đoạn không được sau năm kết thúc, và cả hai phải trong khoảng từ 2000 đến 2100.</translation>
    </message>
    <message>
        <source>The reference {value} is already used by another case.</source>
        <translation>Mã {value} đã được dùng cho một vụ việc khác.</translation>
    </message>
    <message>
        <source>The service date {value} is before the case was reported ({reported}).</source>
        <translation>Ngày cung cấp dịch vụ {value} không được trước ngày tiếp nhận vụ việc ({reported}).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không khớp nhau.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and {max}.</source>
        <translation>Năm phải trong khoảng từ 2000 đến {max}.</translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and {max}.</source>
        <translation>Năm sinh phải từ 1900 đến {max}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>Too large: at most {limit}.</source>
        <translation>Quá lớn: tối đa {limit}.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Quá dài: tối đa {limit} ký tự.</translation>
    </message>
    <message>
        <source>Women ({female}) and men ({male}) add up to more than the total ({total}).</source>
        <translation>Số nữ ({female}) cộng số nam ({male}) lớn hơn tổng số ({total}).</translation>
    </message>
    <message>
        <source>{value} is more than the total ({total}).</source>
        <translation>{value} lớn hơn tổng số ({total}).</translation>
    </message>
</context>
</TS>
