<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>Cli</name>
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
        <source>No database yet at {path}: the window would start the first-run set-up. Until the window exists, create one with: gbv-desktop init</source>
        <translation>Chưa có cơ sở dữ liệu tại {path}: cửa sổ chương trình sẽ bắt đầu thiết lập lần đầu. Khi chưa có cửa sổ chương trình, hãy tạo cơ sở dữ liệu bằng lệnh: gbv-desktop init</translation>
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
        <source>The window would open the database {path}.</source>
        <translation>Cửa sổ chương trình sẽ mở cơ sở dữ liệu {path}.</translation>
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
        <source>account name (default: $GBV_USER or admin)</source>
        <translation>tên tài khoản (mặc định: $GBV_USER hoặc admin)</translation>
    </message>
    <message>
        <source>check integrity, encryption, schema version and change log</source>
        <translation>kiểm tra tính toàn vẹn, mã hóa, phiên bản lược đồ và nhật ký thay đổi</translation>
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
        <source>language: vi (default) or en</source>
        <translation>ngôn ngữ: vi (mặc định) hoặc en</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept aside)</source>
        <translation>thay cơ sở dữ liệu bằng một bản sao lưu (cơ sở dữ liệu hiện tại được giữ lại riêng)</translation>
    </message>
    <message>
        <source>start the application (the default)</source>
        <translation>khởi động chương trình (mặc định)</translation>
    </message>
    <message>
        <source>write a verified, encrypted backup</source>
        <translation>tạo bản sao lưu mã hóa đã được kiểm tra</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Awareness activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains characters that are not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilised support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model or facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD, not &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list of codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be an object with named fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor {ref} has different details here than in case no. {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor {ref} has different identifying details here than in case no. {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no list for this kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it holds no identifying details, yet this record has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} has {count} problem(s) in its records; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not an object with named fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is not part of the export format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of record is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends too early: it was probably cut off while being copied or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than {limit} MB, too large to be an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested too deeply to be an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text, so it is not an export from gbv-desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a records export from gbv-desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column}); it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of gbv-desktop (export format version {found}; this version reads version {known} and older). Install the newer version to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match its contents: it was changed or damaged after it was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header field &quot;{field}&quot; is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header has an unexpected field &quot;{field}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;{field}&quot; appears twice in one object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} no. {number}, {field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Nothing was imported.</source>
        <translation type="unfinished"></translation>
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
        <source>An account name has 2 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>Tên tài khoản dài từ 2 đến 40 ký tự, chỉ gồm chữ cái, chữ số, dấu chấm, dấu gạch ngang hoặc dấu gạch dưới.</translation>
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
        <source>The service date {value} is before the case was reported ({reported}).</source>
        <translation>Ngày cung cấp dịch vụ {value} không được trước ngày tiếp nhận vụ việc ({reported}).</translation>
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
