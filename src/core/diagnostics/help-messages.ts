/**
 * The texts of `--help`, in both languages (`--lang en --help`, or LANG=en…).
 * Keys are `help.<command>.<what>`; part of UI_MESSAGES (ui-messages.ts).
 */
export const HELP_MESSAGES = {
  'help.program': {
    vi: "Theo dõi, kiểm tra và tổng hợp báo cáo thực hiện Kế hoạch triển khai Chỉ thị 31-CT/TW về an toàn, vệ sinh lao động.\n(Checks and consolidates the yearly reports of a Vietnamese province's occupational safety and health plan.)",
    en: "Tracks, checks and consolidates the yearly reports on a province's plan for Directive 31-CT/TW on occupational safety and health.",
  },
  'help.version': { vi: 'in số phiên bản (print the version)', en: 'print the version' },
  'help.help': { vi: 'hiển thị trợ giúp (show help)', en: 'show help' },
  'help.helpCommand': { vi: 'hiển thị trợ giúp của một lệnh', en: 'show help for a command' },
  'help.workspace': { vi: 'thư mục làm việc (mặc định: nơi có atvsld.yaml gần nhất)', en: 'the workspace folder (default: the nearest one with atvsld.yaml)' },
  'help.plan': { vi: 'tệp kế hoạch YAML, thay cho tệp trong thư mục làm việc', en: "a plan YAML file, instead of the workspace's" },
  'help.lang': { vi: 'ngôn ngữ thông báo (message language; mặc định theo LANG)', en: 'language of the messages (default from LANG)' },
  'help.quiet': { vi: 'không in tiến độ; vẫn in các vấn đề và kết quả', en: 'no progress; problems and results are still printed' },
  'help.noColor': { vi: 'không tô màu', en: 'no colours' },
  'help.afterError': { vi: '(dùng --help để xem hướng dẫn)', en: '(see --help)' },
  'help.examples': {
    vi: `Ví dụ (examples):
  $ atvsld init bao-cao-atvsld                 tạo thư mục làm việc mới
  $ atvsld plan check                          kiểm tra tệp kế hoạch
  $ atvsld plan show --agency so-y-te --year 2025
  $ atvsld template --year 2025                tạo biểu mẫu cho các cơ quan
  $ atvsld validate submissions/2025           kiểm tra các tệp nhận được
  $ atvsld status --year 2025                  danh sách cơ quan cần nhắc
  $ atvsld consolidate --year 2025             lập báo cáo tổng hợp

Kế hoạch đã kiểm tra được lưu tạm ở ~/.cache/atvsld (hoặc $ATVSLD_CACHE_DIR); ATVSLD_CACHE_DIR=off để tắt.
Ngôn ngữ: --lang en, hoặc biến môi trường LANG=en_US.UTF-8.`,
    en: `Examples:
  $ atvsld init bao-cao-atvsld                 create a new workspace
  $ atvsld plan check                          check the plan file
  $ atvsld plan show --agency so-y-te --year 2025
  $ atvsld template --year 2025                make the agencies' forms
  $ atvsld validate submissions/2025           check the files received
  $ atvsld status --year 2025                  the agencies to chase
  $ atvsld consolidate --year 2025             write the consolidated report

Checked plans are cached in ~/.cache/atvsld (or $ATVSLD_CACHE_DIR); ATVSLD_CACHE_DIR=off turns this off.
Language: --lang vi, or the LANG environment variable (LANG=vi_VN.UTF-8).`,
  },
  'help.exitCodes': {
    vi: `Mã thoát (exit codes):
  0  không có vấn đề gì (ok)
  1  có lỗi trong dữ liệu đầu vào, kể cả thư mục không có biểu mẫu nào; với --strict, cả cảnh báo
     (problems found in the inputs, a folder without any form included; warnings too with --strict)
  2  lệnh hoặc cấu hình sai: tùy chọn lạ, thiếu kế hoạch, YAML sai, đường dẫn không tồn tại, không ghi được tệp
     (usage, configuration, a path that does not exist, file-system error)
  3  lỗi nội bộ của atvsld, hoặc atvsld chưa được build (internal failure, or no build: run npm run build)`,
    en: `Exit codes:
  0  no problems
  1  problems found in the inputs (errors, a folder without any form included; warnings too with --strict)
  2  usage, configuration or file-system error: unknown option, missing plan, bad YAML, a path that does not exist
  3  internal failure of atvsld, or no build (run npm run build)`,
  },
  // init
  'help.init': { vi: 'tạo thư mục làm việc mới: atvsld.yaml, plan/ke-hoach.yaml, submissions/, out/', en: 'create a workspace: atvsld.yaml, plan/ke-hoach.yaml, submissions/, out/' },
  'help.init.dir': { vi: 'thư mục cần tạo (mặc định: thư mục hiện tại)', en: 'the folder to create (default: the current folder)' },
  'help.init.province': { vi: 'tên tỉnh hiển thị trên báo cáo', en: 'the province name shown on the reports' },
  'help.init.after': {
    vi: `Ví dụ:
  $ atvsld init bao-cao-atvsld
  $ cd bao-cao-atvsld && atvsld plan check

Mặc định: tỉnh Bắc Ninh (từ 01/7/2025); kế hoạch mặc định giao việc tổng hợp cho Sở Nội vụ
(Sở Lao động - Thương binh và Xã hội đến 28/02/2025). Tỉnh khác: --province "Tên tỉnh".
Không ghi đè: nếu thư mục đã có atvsld.yaml, lệnh dừng với mã 2.`,
    en: `Examples:
  $ atvsld init bao-cao-atvsld
  $ cd bao-cao-atvsld && atvsld plan check

Default: tỉnh Bắc Ninh (since 01/7/2025); the default plan gives the consolidation to Sở Nội vụ
(Sở Lao động - Thương binh và Xã hội until 28/02/2025). Another province: --province "Name".
Nothing is overwritten: if the folder has an atvsld.yaml already, the command stops with exit code 2.`,
  },
  // plan
  'help.planCommand': { vi: 'kiểm tra và xem kế hoạch (check and show the plan)', en: 'check and show the plan' },
  'help.plan.check': { vi: 'kiểm tra tệp kế hoạch YAML: cú pháp, trường dữ liệu, tham chiếu giữa các mục', en: 'check the plan YAML: syntax, fields, references between entries' },
  'help.plan.check.format': { vi: 'định dạng kết quả: text cho người đọc, json hoặc github cho CI', en: 'output format: text for people, json or github for CI' },
  'help.plan.check.after': {
    vi: `Ví dụ:
  $ atvsld plan check
  $ atvsld plan check --plan templates/plans/ke-hoach-ct31-bac-giang.yaml
  $ atvsld plan check --format github      chú thích lỗi ngay trên dòng YAML trong GitHub Actions
  $ atvsld plan check --format json > kiem-tra-ke-hoach.json

Mỗi lỗi được chỉ rõ tệp:dòng:cột. Thoát với mã 0 khi hợp lệ, 2 khi có lỗi.
Với --format json hoặc github, kết quả (kể cả lỗi) in ra stdout, không in gì ra stderr.`,
    en: `Examples:
  $ atvsld plan check
  $ atvsld plan check --plan templates/plans/ke-hoach-ct31-bac-giang.yaml
  $ atvsld plan check --format github      annotate the YAML lines in GitHub Actions
  $ atvsld plan check --format json > plan-check.json

Each error names its file:line:column. Exit code 0 when valid, 2 when not.
With --format json or github the result (errors included) goes to stdout, nothing to stderr.`,
  },
  'help.plan.show': {
    vi: 'xem ma trận nhiệm vụ × cơ quan, hoặc các nhiệm vụ một cơ quan phải báo cáo trong năm',
    en: 'show the task × agency matrix, or the tasks one agency reports on in a year',
  },
  'help.plan.show.agency': { vi: 'mã cơ quan, ví dụ so-y-te', en: 'an agency id, e.g. so-y-te' },
  'help.year': { vi: 'năm báo cáo (mặc định: năm hiện tại)', en: 'the reporting year (default: this year)' },
  'help.yearOfAsOf': { vi: 'năm báo cáo (mặc định: năm của --as-of)', en: 'the reporting year (default: the year of --as-of)' },
  'help.format': { vi: 'định dạng kết quả in ra', en: 'output format' },
  'help.plan.show.after': {
    vi: `Ví dụ:
  $ atvsld plan show --year 2024                    ma trận: C = chủ trì, P = phối hợp
  $ atvsld plan show --agency so-y-te --year 2024   nhiệm vụ Sở Y tế phải báo cáo
  $ atvsld plan show --year 2025 --format json      dữ liệu cho chương trình khác`,
    en: `Examples:
  $ atvsld plan show --year 2024                    the matrix: L = lead, S = support
  $ atvsld plan show --agency so-y-te --year 2024   what so-y-te reports on
  $ atvsld plan show --year 2025 --format json      data for other programs`,
  },
  // template
  'help.template': { vi: 'tạo biểu mẫu báo cáo (.xlsx) cho từng cơ quan phải báo cáo trong năm', en: 'make the report form (.xlsx) of each agency that reports in the year' },
  'help.template.agency': { vi: 'chỉ tạo cho cơ quan này; lặp lại để chọn nhiều cơ quan', en: 'only for this agency; repeat for several' },
  'help.template.out': { vi: 'thư mục ghi biểu mẫu (mặc định: <out của thư mục làm việc>/templates/<năm>)', en: "the folder for the forms (default: <the workspace's out>/templates/<year>)" },
  'help.template.asOf': { vi: 'ngày lập biểu mẫu, YYYY-MM-DD (mặc định: hôm nay)', en: 'the date the forms are made, YYYY-MM-DD (default: today)' },
  'help.template.after': {
    vi: `Ví dụ:
  $ atvsld template --year 2025                     mọi cơ quan phải báo cáo năm 2025
  $ atvsld template --year 2025 --agency so-y-te --agency so-noi-vu
  $ atvsld template --year 2024 --out bieu-mau --as-of 2024-11-15

Tên tệp: bao-cao-atvsld-<năm>-<mã cơ quan>.xlsx. Cùng kế hoạch và --as-of cho ra tệp giống hệt nhau.`,
    en: `Examples:
  $ atvsld template --year 2025                     every agency that reports for 2025
  $ atvsld template --year 2025 --agency so-y-te --agency so-noi-vu
  $ atvsld template --year 2024 --out forms --as-of 2024-11-15

File names: bao-cao-atvsld-<year>-<agency id>.xlsx. The same plan and --as-of give identical files.`,
  },
  // validate
  'help.validate': { vi: 'kiểm tra các biểu mẫu báo cáo nộp về (.xlsx) theo kế hoạch', en: 'check returned report forms (.xlsx) against the plan' },
  'help.validate.paths': { vi: 'tệp hoặc thư mục (tìm .xlsx, .xlsm, .xls trong mọi thư mục con)', en: 'files or folders (.xlsx, .xlsm, .xls are looked for in every subfolder)' },
  'help.validate.year': { vi: 'năm báo cáo phải là năm này (mặc định: không kiểm tra năm)', en: 'the reporting year must be this one (default: not checked)' },
  'help.validate.strict': { vi: 'coi cảnh báo như lỗi (mã thoát 1)', en: 'treat warnings as errors (exit code 1)' },
  'help.validate.report': {
    vi: 'ghi thêm một tệp kết quả, lặp lại được (định dạng: {formats})',
    en: 'also write a result file, repeatable (formats: {formats})',
  },
  'help.validate.annotations': {
    vi: 'số chú thích GitHub tối đa cho mỗi tệp và mỗi mức (mặc định 1; all: tất cả)',
    en: 'most GitHub annotations per file and severity (default 1; all: every one)',
  },
  'help.validate.after': {
    vi: `Ví dụ:
  $ atvsld validate thu-den/bao-cao-atvsld-2025-so-y-te.xlsx
  $ atvsld validate submissions/2025 --year 2025
  $ atvsld validate nop/ --format github --strict      trong GitHub Actions (chú thích ngay trên tệp)
  $ atvsld validate nop/ --format junit > ket-qua.xml  báo cáo kiểm thử cho CI
  $ atvsld validate nop/ --format json --lang en > ket-qua.json
  $ atvsld validate nop/ --format github --report junit=atvsld.xml --report json=atvsld.json --report markdown=tom-tat.md
                                                       một lần đọc, nhiều kết quả (CI: docs/ci.md)

Mỗi dòng: Trang!Ô  MÃ  mức độ: lời giải thích. Ý nghĩa từng mã và cách sửa: docs/diagnostics.md.
Mọi tệp đều được kiểm tra, kể cả khi có tệp hỏng; tệp không tồn tại là lỗi WORKBOOK_NOT_FOUND của tệp đó (mã thoát 2).
Kết quả ra stdout; tiến độ ("Đang kiểm tra 12/150…") ra stderr, chỉ khi là terminal.
Tệp của --report được ghi trọn vẹn (tệp tạm rồi đổi tên) sau khi kiểm tra xong; markdown (= summary) là bảng tóm tắt.
--format github: mỗi tệp tối đa một chú thích cho mỗi mức (lỗi, cảnh báo, ghi chú), kèm số vấn đề còn lại của tệp,
và một ghi chú cuối cho biết đã gộp bao nhiêu; đường dẫn tính từ thư mục hiện tại để GitHub gắn vào tệp.
Trong GitHub Actions (GITHUB_ACTIONS=true), bảng tóm tắt được ghi thêm vào $GITHUB_STEP_SUMMARY.
Thư mục không có biểu mẫu nào là lỗi VALIDATE_NO_FILES (mã 1); đường dẫn không tồn tại: mã 2, các tệp khác vẫn được kiểm tra.`,
    en: `Examples:
  $ atvsld validate inbox/bao-cao-atvsld-2025-so-y-te.xlsx
  $ atvsld validate submissions/2025 --year 2025
  $ atvsld validate forms/ --format github --strict     in GitHub Actions (annotations on the files)
  $ atvsld validate forms/ --format junit > results.xml test report for CI
  $ atvsld validate forms/ --format json --lang en > results.json
  $ atvsld validate forms/ --format github --report junit=atvsld.xml --report json=atvsld.json --report markdown=summary.md
                                                      one read, several outputs (CI: docs/ci.md)

Each line: Sheet!Cell  CODE  severity: explanation. What each code means and how to fix it: docs/diagnostics.md.
Every file is checked, even when some are broken; a missing file is that file's WORKBOOK_NOT_FOUND error (exit 2).
Results go to stdout; progress ("Checking 12/150…") to stderr, on a terminal only.
--report files are written whole (temporary file, then rename) once the check is done; markdown (= summary) is a table.
--format github: at most one annotation per file and severity, with the count of the file's other problems, and a
last notice saying how many were folded; paths relative to the working directory so that GitHub links them.
In GitHub Actions (GITHUB_ACTIONS=true) the summary table is also appended to $GITHUB_STEP_SUMMARY.
A folder without any form is a VALIDATE_NO_FILES error (exit 1); a path that does not exist: exit 2, the rest are still checked.`,
  },
  // receive
  'help.receive': { vi: 'nhận báo cáo: kiểm tra, lưu bản sao vào submissions/<năm>/ và ghi biên nhận', en: 'take in reports: check them, store a copy in submissions/<year>/ and write a receipt' },
  'help.receive.files': { vi: 'các tệp .xlsx vừa nhận, hoặc thư mục chứa chúng', en: 'the .xlsx files just received, or a folder of them' },
  'help.receive.year': {
    vi: 'năm báo cáo đang nhận (mặc định: năm của thời điểm nhận); biểu mẫu năm khác không được lưu',
    en: 'the reporting year being received (default: the year of arrival); forms of another year are not stored',
  },
  'help.receive.at': { vi: 'thời điểm nhận, ví dụ 2025-12-19T09:30+07:00 (mặc định: bây giờ)', en: 'when received, e.g. 2025-12-19T09:30+07:00 (default: now)' },
  'help.receive.format': { vi: 'định dạng kết quả in ra (json: cho chương trình nhận thư tự động)', en: 'output format (json: for a program that takes in mail)' },
  'help.receive.after': {
    vi: `Ví dụ:
  $ atvsld receive ~/Downloads/bao-cao-so-y-te.xlsx
  $ atvsld receive thu-den/*.xlsx --year 2025 --at 2025-12-19T16:45+07:00
  $ atvsld receive thu-den/*.xlsx --format json > nhan.json

Tệp được lưu với tên <mã cơ quan>-<năm>-<số thứ tự>.xlsx, không bao giờ ghi đè; tệp gốc giữ nguyên.
Biên nhận (tên gốc, tên lưu, sha256, thời điểm nhận, số lỗi và cảnh báo) ghi vào submissions/<năm>/receipts.jsonl.`,
    en: `Examples:
  $ atvsld receive ~/Downloads/bao-cao-so-y-te.xlsx
  $ atvsld receive inbox/*.xlsx --year 2025 --at 2025-12-19T16:45+07:00
  $ atvsld receive inbox/*.xlsx --format json > received.json

Files are stored as <agency id>-<year>-<number>.xlsx, never overwritten; the original is left as it is.
The receipt (original name, stored name, sha256, time received, errors and warnings) goes to submissions/<year>/receipts.jsonl.`,
  },
  // status
  'help.status': { vi: 'danh sách cơ quan cần nhắc: đã gửi đúng hạn, trễ, chưa gửi, có lỗi; kèm người liên hệ', en: 'the agencies to chase: on time, late, missing, with errors; with their contact' },
  'help.asOf': { vi: 'tính đến ngày, YYYY-MM-DD (mặc định: hôm nay)', en: 'as of this date, YYYY-MM-DD (default: today)' },
  'help.status.format': { vi: 'định dạng kết quả in ra (csv: cho trộn thư)', en: 'output format (csv: for a mail merge)' },
  'help.status.after': {
    vi: `Ví dụ:
  $ atvsld status --year 2025
  $ atvsld status --year 2025 --as-of 2025-12-21 --format json
  $ atvsld status --year 2025 --format csv > can-nhac.csv

Mỗi cơ quan một dòng, theo tên: đúng hạn / trễ (ngày) / chưa gửi (quá hạn bao nhiêu ngày) / có lỗi, lý do đầu tiên,
và người liên hệ (trang bìa năm nay, hoặc năm trước nếu chưa gửi). Không ghi tệp nào.`,
    en: `Examples:
  $ atvsld status --year 2025
  $ atvsld status --year 2025 --as-of 2025-12-21 --format json
  $ atvsld status --year 2025 --format csv > to-chase.csv

One line per agency, by name: on time / late (days) / missing (days overdue) / with errors, the first reason,
and the contact (from this year's cover, or last year's when nothing came). Writes no file.`,
  },
  // consolidate
  'help.consolidate': { vi: 'tổng hợp báo cáo các cơ quan trong năm: ghi bảng tính tổng hợp và in tóm tắt', en: "consolidate the agencies' reports for a year: write the workbook and print a summary" },
  'help.consolidate.asOf': { vi: 'tính đến ngày, YYYY-MM-DD (mặc định: hôm nay); cố định để kết quả lặp lại được', en: 'as of this date, YYYY-MM-DD (default: today); fix it for repeatable results' },
  'help.consolidate.out': { vi: 'tệp .xlsx ghi ra (mặc định: out/bao-cao-tong-hop-<năm>.xlsx)', en: 'the .xlsx to write (default: out/bao-cao-tong-hop-<year>.xlsx)' },
  // history
  'help.history': {
    vi: 'số liệu chỉ tiêu các năm trước: ghi số liệu cuối cùng của một năm, xem những gì đã ghi',
    en: "earlier years' indicator figures: record a year's final figures, list what is recorded",
  },
  'help.history.after': { vi: 'Định dạng tệp: docs/history.md.', en: 'File format: docs/history.md.' },
  'help.history.record': {
    vi: 'tổng hợp năm như "consolidate" rồi ghi số liệu cuối cùng của năm vào tệp số liệu các năm trước',
    en: 'consolidate the year as "consolidate" does, then record its final figures in the history file',
  },
  'help.history.record.asOf': {
    vi: 'tính đến ngày, YYYY-MM-DD (mặc định: hôm nay); cũng là ngày ghi',
    en: 'as of this date, YYYY-MM-DD (default: today); also the date recorded',
  },
  'help.history.record.amend': {
    vi: 'ghi lại một năm đã ghi; bản cũ được giữ trong mục amended',
    en: 'record a year already recorded again; the old record is kept under amended',
  },
  'help.history.record.after': {
    vi: `Ví dụ:
  $ atvsld history record --year 2025 --as-of 2026-01-05
  $ atvsld history record --year 2025 --amend       thay số liệu năm 2025 đã ghi, giữ bản cũ

Năm đã ghi thì không ghi đè: không có --amend, lệnh dừng với mã 2 và không thay đổi gì.`,
    en: `Examples:
  $ atvsld history record --year 2025 --as-of 2026-01-05
  $ atvsld history record --year 2025 --amend       replace the recorded 2025 figures, keep the old record

A recorded year is never overwritten: without --amend the command stops with exit 2 and changes nothing.`,
  },
  'help.history.show': {
    vi: 'liệt kê số liệu đã có theo năm và địa bàn, và nguồn của từng số liệu',
    en: 'list the recorded figures by year and territory, and where each came from',
  },
  'help.history.show.after': {
    vi: `Ví dụ:
  $ atvsld history show
  $ atvsld history show --format json > so-lieu-cac-nam.json`,
    en: `Examples:
  $ atvsld history show
  $ atvsld history show --format json > history.json`,
  },
  // report
  'help.report': {
    vi: 'soạn dự thảo văn bản báo cáo (Word, thể thức Nghị định 30/2020/NĐ-CP) từ kết quả tổng hợp của năm',
    en: "draft the written report (Word, Decree 30/2020/ND-CP form) from the year's consolidation",
  },
  'help.report.asOf': {
    vi: 'tính đến ngày, YYYY-MM-DD (mặc định: hôm nay); cũng là ngày ghi trên văn bản',
    en: "as of this date, YYYY-MM-DD (default: today); also the document's date",
  },
  'help.report.out': { vi: 'tệp .docx ghi ra (mặc định: out/bao-cao-<năm>.docx)', en: 'the .docx file to write (default: out/bao-cao-<year>.docx)' },
  'help.report.after': {
    vi: `Ví dụ:
  $ atvsld report --year 2025                        ghi out/bao-cao-2025.docx
  $ atvsld report --year 2025 --as-of 2025-12-28     số liệu và ngày văn bản tính đến 28/12/2025

Cùng số liệu với "atvsld consolidate" (bảng tính tổng hợp). Số, ký hiệu, người ký và nơi nhận lấy từ mục
report: trong atvsld.yaml; chỗ để trống in "…" để văn thư điền (docs/written-report.md).`,
    en: `Examples:
  $ atvsld report --year 2025                        writes out/bao-cao-2025.docx
  $ atvsld report --year 2025 --as-of 2025-12-28     figures and document date as of 2025-12-28

The same figures as "atvsld consolidate" (the workbook). Number, signer and copies come from the report: block
of atvsld.yaml; blanks print "…" for the records clerk to fill in (docs/written-report.md).`,
  },
  'help.consolidate.reportDocx': {
    vi: 'ghi thêm dự thảo văn bản báo cáo out/bao-cao-<năm>.docx (như "atvsld report")',
    en: 'also write the draft written report out/bao-cao-<year>.docx (as "atvsld report" does)',
  },
  'help.consolidate.after': {
    vi: `Ví dụ:
  $ atvsld consolidate --year 2025                       ghi out/bao-cao-tong-hop-2025.xlsx, in tóm tắt
  $ atvsld consolidate --year 2025 --as-of 2025-12-31    tính trễ hạn đến ngày 31/12/2025
  $ atvsld consolidate --year 2025 --format json > tong-hop.json
  $ atvsld consolidate --year 2025 --quiet 2>>atvsld.log  cho cron: vấn đề từng tệp và một dòng nhật ký
  $ atvsld consolidate --year 2025 --report-docx         ghi cả bảng tính và out/bao-cao-2025.docx

Đọc submissions/<năm>/ (và năm trước, để so sánh chỉ tiêu), biên nhận và history/indicators.yaml.
Cùng dữ liệu và --as-of cho ra cùng kết quả. Hai lần chạy cùng lúc không ghi chồng nhau (khóa out/.atvsld.lock).`,
    en: `Examples:
  $ atvsld consolidate --year 2025                       writes out/bao-cao-tong-hop-2025.xlsx, prints a summary
  $ atvsld consolidate --year 2025 --as-of 2025-12-31    lateness counted to 2025-12-31
  $ atvsld consolidate --year 2025 --format json > consolidated.json
  $ atvsld consolidate --year 2025 --quiet 2>>atvsld.log  for cron: each file's problems and one log line
  $ atvsld consolidate --year 2025 --report-docx         writes the workbook and out/bao-cao-2025.docx

Reads submissions/<year>/ (and the year before, to compare indicators), the receipts and history/indicators.yaml.
The same data and --as-of give the same result. Two runs at once never write over each other (lock out/.atvsld.lock).`,
  },
} as const;
