# Lantern's interface in English: the source every translation follows.
# Fluent syntax (https://projectfluent.org). One message a line; { $name } is a
# value filled in by the app, and { $n -> [one] … *[other] … } picks the words
# for a number. Keep every { $name } as it is.

reveal-answer = Jawabannya adalah { $answer }
nav-more = Lainnya
fac-source-line = Sumber: { $citation }
fac-answer-line = Jawaban: { $letter }. { $answer }
fac-history-detail = { $topics } · { $result }
fac-history-entry =
    { $date } · { $audience } · { $n ->
       *[other] { $n } pertanyaan
    }
fac-started-before-first = Dimulai { $date } · sebelum pertanyaan pertama
fac-started-at-question = Dimulai { $date } · Pertanyaan { $number } dari { $total }
text-size-option = Ukuran teks { $n }
question-progress-topic = Pertanyaan { $number } dari { $total } · { $topic }
country-examples =
    { $n ->
        [0] disebut dalam teks
       *[other] { $n } contoh
    }
country-example-in = Di { $section } · { $chapter }
trend-title = { $n }. { $title }
question-progress = Pertanyaan { $number } dari { $total }
score-out-of = { $score } dari { $total }
topic-score = { $topic }: { $right } dari { $total }
team-chose = memilih { $letter }
announce-team-answered = { $team }: sudah menjawab
announce-team-choosing = { $team }: sedang memilih
announce-team-passed = { $team }: lewat
announce-answer = Jawabannya adalah { $letter }
teams-answered =
    { $n ->
       *[other] { $n } tim
    }
team-result-right = { $answer } · benar
team-result-wrong = { $answer } · kali ini belum tepat
team-points =
    { $n ->
       *[other] { $n } poin
    }
now-choosing = Giliran memilih: { $team }
teams-passed =
    { $n ->
       *[other] { $n } tim: lewat atau tidak menjawab
    }
group-total = Bersama-sama, kelompok ini memberi jawaban benar sebanyak { $right } dari { $possible }.
call-name = Telepon { $name }
call-number = Telepon: { $phone }
timer-seconds = { $n } detik
team-name-label = Nama tim { $n }
example-from-country = Contoh: { $country }
search-count =
    { $n ->
       *[other] { $n } hasil
    }
size-kb = { $whole },{ $tenth } KB
from-report-title = Dari laporan: { $title }
app-name = Lantern
tagline = Laporan Collective Action dan keamanan online, dalam genggamanmu
skip-to-content = Langsung ke isi
nav-label = Utama
nav-home = Beranda
nav-read = Baca
home-intro = Lantern memuat laporan “Collective Action to End Child Sexual Exploitation and Abuse” (Aksi Bersama untuk Mengakhiri Eksploitasi dan Kekerasan Seksual terhadap Anak; ECPAT International, 2024) agar kamu bisa membacanya di mana saja, bahkan tanpa koneksi internet.
contents-title = Daftar isi
loading = Memuat laporan…
load-failed = Laporan tidak bisa dimuat. Periksa koneksimu, lalu coba lagi.
retry = Coba lagi
pager-label = Bagian sebelumnya dan berikutnya
previous = Sebelumnya
next = Berikutnya
in-chapter = Bab: { $chapter }
not-found-title = Halaman tidak ditemukan
not-found-body = Tidak ada apa-apa di alamat ini. Mungkin halamannya sudah pindah.
section-missing = Bagian laporan ini tidak ditemukan.
back-home = Ke halaman beranda
nav-countries = Negara
nav-search = Cari
nav-settings = Pengaturan
nav-bookmarks = Penanda
nav-about = Tentang
continue-reading = Lanjutkan membaca: { $title }
trends-title = 18 tren yang sedang muncul
trends-intro = Daftar “Sekilas” dari laporan. Buka sebuah tren untuk membacanya.
read-in-context = Baca di laporan
explore-title = Jelajahi
bookmark-add = Tandai bagian ini
bookmark-remove = Hapus penanda
share-section = Bagikan bagian ini
link-copied = Tautan disalin
share-failed = Tidak bisa dibagikan; salin alamatnya dari bilah alamat.
bookmarks-title = Penanda
bookmarks-empty = Belum ada penanda. Gunakan “Tandai bagian ini” saat membaca.
countries-title = Negara
countries-intro = Contoh dari setiap negara, seperti yang disebutkan dalam laporan.
country-mentions = Juga disebut dalam
country-missing = Negara ini tidak ada dalam laporan.
search-title = Cari di laporan
search-label = Kata yang dicari
search-button = Cari
search-none = Tidak ada bagian yang cocok. Coba kata yang lebih sedikit atau lebih pendek.
search-hint = Ketik paling sedikit dua huruf. Pencarian mencakup seluruh laporan, bahkan saat offline.
about-title = Tentang Lantern dan laporan ini
about-citation = Cara mengutip yang disarankan
about-permission = Izin
about-independent = Lantern adalah alat yang mandiri. Lantern tidak dibuat atau didukung oleh ECPAT International, atau oleh organisasi mana pun yang disebut dalam laporan.
about-offline = Lantern menyimpan salinan laporan di perangkat ini, jadi bisa dipakai tanpa koneksi internet. Apa pun yang kamu lakukan di Lantern tidak dikirim ke mana pun.
settings-title = Pengaturan
text-size-label = Ukuran teks
theme = Tema
theme-system = Sama dengan perangkat ini
theme-light = Terang
theme-dark = Gelap
theme-contrast = Kontras tinggi
reduce-motion = Kurangi gerakan
reduce-motion-hint = Lantern juga mengikuti pengaturan perangkatmu.
notice-storage-unavailable = Browser ini tidak mengizinkan Lantern menyimpan apa pun. Kamu tetap bisa membaca dan memakai semuanya, tetapi penanda dan pengaturan akan hilang saat kamu menutup browser.
notice-storage-full = Ruang penyimpanan perangkat ini untuk Lantern sudah penuh. Lantern tetap berjalan, tetapi perubahan baru tidak disimpan.
notice-record-set-aside = Sebagian data yang tersimpan rusak dan sudah dipisahkan. Datamu yang lain aman.
notice-details = Apa yang dipisahkan
back = Kembali
did-you-mean = Apakah maksudmu halaman ini?
hide-from-back = Sembunyikan Lantern dari tombol Kembali di browser
hide-from-back-hint = Aktif: Lantern hanya memakai satu langkah di riwayat browsermu, dan kamu kembali dengan tombol Kembali milik Lantern sendiri. Setelah memakai Keluar cepat, menekan Kembali tidak akan menampilkan Lantern. Nonaktif: tombol Kembali di browser berpindah antarhalaman Lantern, tetapi setelah memakai Keluar cepat, tombol itu bisa menampilkan Lantern lagi.
net-restoring = Sedang bersiap agar bisa dipakai offline lagi…
net-restore-failed = Belum siap dipakai offline. Lantern akan mencoba lagi saat berikutnya dibuka dengan koneksi internet.
net-not-ready = Belum siap dipakai offline
storage-kept = Browser ini tetap menyimpan data Lantern sampai kamu menghapusnya.
storage-not-kept = Browser ini mungkin menghapus data yang disimpan Lantern jika ruang penyimpanan perangkat hampir habis.
storage-kept-unknown = Browser ini tidak memberi tahu apakah data yang disimpan Lantern akan tetap disimpan.
storage-keep-button = Minta browser ini agar tetap menyimpan data Lantern
delete-offline-warning = Kamu sedang offline. Setelah dihapus, Lantern memerlukan koneksi internet untuk bisa dibuka lagi.
notice-quiz-moved-on = Kuismu sudah berlanjut di jendela lain, jadi jendela ini sekarang menampilkan posisi terbarunya.
notice-session-moved-on = Sesi ini sudah berlanjut di jendela lain, jadi jendela ini sekarang menampilkan posisi terbarunya.
notice-deleted-elsewhere = Semua yang disimpan Lantern di perangkat ini sudah dihapus di jendela lain.
dismiss = Tutup
quick-exit = Keluar cepat
quick-exit-hint = Tinggalkan Lantern dengan cepat: tekan tombol ini, atau tekan Shift tiga kali.
nav-help = Bantuan
help-title = Minta bantuan
help-intro = Jika ada sesuatu di internet yang membuatmu khawatir, sedih, atau terasa tidak beres, kamu tidak sedang dalam masalah dan itu bukan salahmu. Ini yang bisa kamu lakukan.
help-steps-title = Jika ada sesuatu di internet yang membuatmu khawatir
help-step-stop = Berhenti membalas. Kamu tidak harus menjawab siapa pun.
help-step-no-pay = Jangan membayar, dan jangan mengirim apa pun, walaupun ada yang mengancammu. Membayar jarang membuatnya berhenti.
help-step-evidence = Simpan bukti: ambil tangkapan layar pesan-pesannya dan nama akunnya, lalu catat tanggalnya. Jangan menyimpan atau meneruskan gambar seksual apa pun, bahkan sebagai bukti; sebagai gantinya, beri tahu orang dewasa.
help-step-block = Blokir akun itu dan laporkan ke aplikasi atau gimnya.
help-step-tell = Beri tahu orang dewasa yang kamu percaya, seperti orang tua, pengasuh, guru, atau konselor. Jika orang dewasa pertama tidak membantu, beri tahu orang dewasa lain.
help-step-not-fault = Ingat: apa pun yang terjadi, itu tidak pernah salahmu. Anak laki-laki dan anak perempuan sama-sama bisa menjadi sasaran.
help-block-title = Cara memblokir dan melaporkan
help-block-body = Sebagian besar aplikasi dan gim memungkinkanmu memblokir dan melaporkan dari profil orang itu atau dari sebuah pesan. Cari menu (sering berupa tiga titik ⋯ atau bendera), lalu pilih Blokir atau Laporkan. Memblokir membuat mereka tidak bisa menghubungimu; melaporkan memberi tahu aplikasinya agar bisa bertindak. Ambil tangkapan layar sebelum kamu memblokir, karena beberapa aplikasi menyembunyikan obrolannya setelah itu.
help-helpline-title = Layanan bantuan anak (telepon)
help-helpline-body = Banyak negara punya saluran telepon gratis untuk anak: layanan bantuan anak. Sebuah badan dunia untuk layanan telepon mengatakan bahwa layanan bantuan anak sebaiknya memakai nomor 116 111. Namanya International Telecommunication Union (ITU). Tetapi tidak semua negara memakai nomor ini. Tanyakan kepada orang yang kamu percaya apakah nomor ini bisa dipakai di tempatmu, sebelum kamu mengandalkannya.
contacts-title = Kontak bantuan di daerahmu
contacts-intro = Tambahkan orang atau tempat yang bisa kamu telepon untuk minta bantuan, seperti layanan bantuan yang sudah kamu periksa atau orang dewasa yang kamu percaya. Kontak ini hanya tersimpan di perangkat ini. Kontak ini tidak pernah dikirim ke mana pun.
contacts-empty = Belum ada kontak.
contact-name = Nama
contact-phone = Nomor telepon
contact-note = Catatan (tidak wajib)
contact-add = Tambah kontak
contact-save = Simpan perubahan
contact-edit = Ubah
contact-delete = Hapus
contact-name-missing = Silakan isi nama.
contact-phone-invalid = Silakan isi nomor telepon yang terdiri dari 3 sampai 20 angka.
contact-too-long = Isinya terlalu panjang. Silakan dipersingkat.
quick-exit-limits-title = Apa yang bisa dan tidak bisa dilakukan Keluar cepat
quick-exit-limits-body = Keluar cepat langsung menyembunyikan Lantern dan membuka halaman biasa. Kamu akan melihat pencarian cuaca jika sedang online, atau halaman kosong jika sedang offline. Lantern hanya meninggalkan satu langkah di riwayat browsermu. Jadi, menekan Kembali setelah Keluar cepat akan membawamu ke halaman yang kamu buka sebelum Lantern, bukan ke Lantern. Keluar cepat tidak menghapus apa yang disimpan Lantern di ponsel ini. Keluar cepat juga tidak menghapus riwayat browsermu dari sebelum kamu membuka Lantern. Jika mungkin ada orang lain yang melihat, hapus riwayat browsermu, atau gunakan Hapus semuanya di pengaturan Lantern. Jika kamu memasang Lantern, ikonnya tetap ada di layar utama. Di Pengaturan, kamu bisa membuat tombol Kembali berpindah antarhalaman Lantern. Tetapi dengan begitu, tombol Kembali bisa menampilkan Lantern setelah Keluar cepat.
delete-title = Hapus semuanya
delete-body = Hapus semua yang disimpan Lantern di perangkat ini: penanda, pengaturan, kemajuan dan riwayat kuis, sesi, kontak bantuan, dan salinan laporan yang tersimpan.
delete-button = Hapus semua yang disimpan Lantern di perangkat ini
delete-confirm = Ini tidak bisa dibatalkan. Hapus semuanya sekarang?
delete-yes = Ya, hapus semuanya
notice-quiz-reset = Kuismu yang belum selesai tidak bisa dilanjutkan, jadi kamu bisa memulai kuis baru. Semua hal lain yang kamu simpan tetap aman.
nav-quiz = Kuis
quiz-title = Kuis keamanan online
quiz-intro = Pertanyaan-pertanyaan singkat tentang cara tetap aman di internet. Tidak ada pertanyaan jebakan, dan tidak apa-apa kalau jawabanmu salah: begitulah cara kita semua belajar.
quiz-who = Siapa yang mengikuti kuis ini?
audience-all = Semua orang
audience-child = Usia 10–13
audience-teen = Usia 14–17
audience-caregiver = Orang tua dan pengasuh
audience-educator = Guru dan fasilitator
quiz-topics = Topik
quiz-topics-hint = Jika tidak memilih topik, kamu akan mendapat campuran dari semua topik.
quiz-length = Berapa banyak pertanyaan?
quiz-start = Mulai kuis
quick-quiz = Kuis singkat: 5 pertanyaan
quiz-no-questions = Tidak ada pertanyaan untuk pilihan itu. Coba pilih lebih banyak topik.
feedback-right = Benar!
feedback-wrong = Belum tepat, dan itu tidak apa-apa.
right-answer-is = Jawaban terbaik: { $answer }
your-answer = Jawabanmu
read-more = Baca selengkapnya di laporan
general-advice = Ini adalah saran keamanan online yang disepakati secara luas.
next-question = Pertanyaan berikutnya
see-results = Lihat hasilku
previous-question = Pertanyaan sebelumnya
quiz-results = Hasilmu
by-topic = Hasilmu per topik
missed-title = Pertanyaan untuk dilihat lagi
retry-missed = Coba lagi pertanyaan yang belum tepat
another-quiz = Coba kuis lain
all-right = Semua jawabanmu benar. Hebat!
score-kind-most = Bagus sekali. Kamu tahu banyak tentang cara tetap aman di dunia online.
score-kind-some = Setiap pertanyaan membantumu belajar. Jawaban di bawah menjelaskan setiap soal, dan kamu bisa mencoba lagi kapan saja.
results-help = Kalau ada sesuatu di dunia online yang membuatmu khawatir, { $link } menjelaskan apa yang bisa kamu lakukan dan siapa yang bisa membantu.
history-title = Kuis sebelumnya
history-link = Lihat kuis sebelumnya
history-empty = Belum ada kuis yang selesai.
history-clear = Hapus riwayat
history-date = Tanggal
history-confirm = Hapus semua hasil kuis sebelumnya di perangkat ini?
yes-clear = Ya, hapus
cancel = Batal
back-to-quiz = Kembali ke kuis
quiz-keyboard-hint = Tips: tekan 1 sampai 4, atau tombol panah dan Enter, untuk menjawab. Tekan Enter untuk lanjut.
loading-questions = Memuat pertanyaan…
questions-failed = Pertanyaan tidak bisa dimuat. Periksa koneksimu, lalu coba lagi.
topic-sexual-extortion = Ancaman dan pemerasan seksual
topic-grooming = Grooming (pendekatan untuk memperdaya anak) di gim dan obrolan
topic-sharing-images = Berbagi gambar
topic-deepfakes-ai = Deepfake dan AI
topic-privacy = Privasi dan informasi pribadi
topic-money-tricks = Uang, hadiah, dan tipuan pembayaran
topic-getting-help = Mencari bantuan dan melapor
topic-boys-and-girls = Anak laki-laki dan perempuan sama-sama berisiko
topic-trusted-places = Tempat tepercaya dan orang dewasa yang aman
topic-caregiver-literacy = Keterampilan digital untuk orang tua dan pengasuh
topic-greater-risk = Anak yang lebih berisiko
net-offline = Offline
net-offline-saved = Offline — memakai salinan di perangkat ini
net-ready-offline = Siap dipakai offline
update-ready = Versi baru sudah siap.
update-reload = Muat ulang
this-copy-title = Salinan Lantern ini
app-version = Versi aplikasi
data-version = Versi laporan
quiz-data-version = Versi kuis
storage-saved = Data yang kamu simpan (penanda, kuis, pengaturan, laporan yang tersimpan)
storage-total = Semua yang disimpan Lantern di perangkat ini, termasuk salinan offline
not-known = tidak diketahui
nav-facilitate = Fasilitasi
notice-session-reset = Sesi kelompok Anda yang belum selesai tidak bisa dilanjutkan, jadi Anda bisa menyiapkan sesi baru. Semua hal lain yang Anda simpan tetap aman.
fac-title = Jalankan kuis bersama kelompok
fac-intro = Untuk fasilitator: jalankan kuis bersama kelompok di satu layar, misalnya ponsel yang diangkat atau laptop yang tersambung ke proyektor. Kuis ini bisa dipakai offline, dan setiap langkah langsung disimpan di perangkat ini.
fac-who = Siapa kelompoknya?
fac-length = Jumlah pertanyaan
fac-length-hint = 5 sampai 30
fac-teams = Tim
fac-teams-hint = 2 sampai 8 tim. Setiap tim punya warna dan simbolnya sendiri. Gunakan nama tim, jangan pernah nama anak-anak.
fac-add-team = Tambah tim
fac-remove-team = Hapus
fac-timer = Waktu untuk setiap pertanyaan
fac-timer-off = Tanpa timer
fac-scoring = Skor
fac-scoring-points = Poin untuk setiap tim
fac-scoring-none = Tanpa skor: hanya hasil kelompok, tanpa peringkat
fac-show-discussion = Tampilkan pertanyaan diskusi setelah setiap jawaban
fac-start = Mulai sesi
fac-err-too-few = Sesi memerlukan paling sedikit 2 tim.
fac-err-too-many = Sesi bisa memiliki paling banyak 8 tim.
fac-err-no-team = Tim itu sudah tidak ada.
fac-err-empty-name = Mohon beri nama untuk tim ini.
fac-err-long-name = Nama tim paling banyak 30 huruf. Mohon persingkat.
fac-err-duplicate = Tim lain sudah memakai nama ini. Mohon pilih nama lain.
fac-err-shared-look = Dua tim memakai warna atau simbol yang sama. Mohon hapus salah satunya, lalu tambahkan lagi.
fac-err-length = Mohon pilih antara 5 dan 30 pertanyaan.
fac-err-no-questions = Tidak ada pertanyaan untuk pilihan itu. Coba pilih lebih banyak topik atau kelompok lain.
fac-unfinished = Anda punya sesi yang belum selesai
fac-resume = Lanjutkan sesi
fac-discard = Buang sesi ini
fac-discard-confirm = Buang sesi ini? Jawaban yang sudah dicatat akan hilang.
fac-discard-yes = Ya, buang
fac-print-link = Lihat dan cetak pertanyaan sesi ini untuk kelompok tanpa perangkat
fac-history-title = Sesi sebelumnya di perangkat ini
fac-history-empty = Belum ada sesi yang selesai.
fac-open-summary = Ringkasan dan pencetakan
fac-delete = Hapus
fac-delete-confirm = Hapus ringkasan sesi ini dari perangkat ini?
fac-delete-yes = Ya, hapus
fac-no-session = Tidak ada sesi yang sedang berjalan.
fac-set-up = Siapkan sesi
fac-safe-title = Sebelum mulai: menjaga keselamatan anak
fac-safe-intro = Obrolan tentang keamanan online bisa membuat seorang anak menceritakan kepada Anda apa yang terjadi padanya. Jika seorang anak bercerita kepada Anda tentang kekerasan:
fac-safe-listen = Dengarkan dengan tenang, dan biarkan anak itu bercerita dengan kata-katanya sendiri.
fac-safe-believe = Percayalah kepadanya, dan katakan bahwa itu bukan salahnya dan bahwa ia sudah benar dengan bercerita kepada Anda.
fac-safe-secret = Jangan berjanji untuk merahasiakannya. Jelaskan bahwa Anda perlu memberi tahu seseorang yang tugasnya membantu.
fac-safe-refer = Ikuti langkah-langkah organisasi Anda untuk menjaga keselamatan anak dan untuk menyampaikan kekhawatiran. Jangan mencoba mencari tahu lebih banyak sendiri.
fac-safe-help = Langkah-langkah untuk anak dan remaja, serta layanan bantuan, ada di { $link }.
fac-safe-help-link = halaman Bantuan
fac-safe-read = Saya sudah membaca ini, dan saya tahu apa yang harus dilakukan jika seorang anak bercerita tentang kekerasan.
fac-err-safe-unread = Silakan baca catatan tentang menjaga keselamatan anak, lalu centang kotaknya untuk menandai bahwa Anda sudah membacanya.
fac-waiting = menunggu
fac-full-screen = Layar penuh
fac-leave = Jeda dan keluar
fac-answered = sudah menjawab
fac-ready-count = Tim yang sudah siap: { $n } dari { $total }
fac-skipped = lewat
fac-all-answered = Semua tim sudah menjawab. Tampilkan jawabannya jika Anda sudah siap.
fac-time-up = Waktu habis
fac-timer-label = Sisa waktu
fac-timer-paused = Timer dijeda
fac-timer-running = Timer berjalan
fac-pause = Jeda timer
fac-resume-timer = Lanjutkan timer
fac-discuss = Bahas bersama
fac-finish = Lihat hasil kita
fac-end-early = Akhiri sesi sekarang
fac-skip-team = Lewati tim ini
fac-reveal = Tampilkan jawaban
fac-keyboard-hint = Tombol: 1 sampai 8 memilih tim, A sampai D memilih jawabannya, R menampilkan jawaban, Space atau → untuk lanjut.
fac-end-title = Sesi selesai
fac-end-thanks = Terima kasih, semuanya. Setiap jawaban hari ini membantu seluruh kelompok belajar.
fac-print-summary = Cetak atau simpan ringkasan ini
fac-new-session = Siapkan sesi baru
fac-summary-title = Ringkasan sesi
fac-summary-missing = Ringkasan sesi ini sudah tidak ada di perangkat ini.
fac-date = Tanggal
fac-questions-asked = Pertanyaan
fac-results = Hasil
fac-points-note = Poin untuk jawaban yang benar. Semua orang belajar sesuatu.
fac-place = Peringkat { $rank }
fac-place-shared = Berbagi peringkat { $rank }
fac-hardest = Topik yang paling sulit bagi kelompok
fac-learned = Apa yang kita pelajari
fac-learned-none = Kelompok ini menjawab sebagian besar pertanyaan dengan benar. Hebat, semuanya!
fac-learned-more = Dan { $n } lagi: cetak atau simpan ringkasan untuk melihat semuanya.
fac-citation = ECPAT International. (2024) Collective Action to End Child Sexual Exploitation and Abuse Regional Workshop. Bangkok: ECPAT International.
fac-print-title = Cetak untuk kelompok
fac-print-intro = Cetak pertanyaan sesi ini, sesuai urutan yang akan ditanyakan: lembar pertanyaan untuk dibagikan, dan kunci jawaban untuk fasilitator.
fac-print-what = Apa yang dicetak
fac-sheet = Lembar pertanyaan
fac-key = Kunci jawaban
fac-sheet-hint = Lingkari huruf jawaban yang menurutmu paling tepat. Tidak apa-apa kalau tidak tahu: begitulah cara kita belajar.
fac-print-planned = Ini pertanyaan yang akan ditanyakan dalam sesi yang sedang Anda siapkan. Kalau Anda mengubah kelompok, topik, atau jumlah pertanyaannya, daftar ini ikut berubah.
fac-print-running = Ini pertanyaan dari sesi yang sedang Anda jalankan.
fac-print-done = Ini pertanyaan dari sesi yang baru saja Anda jalankan.
fac-sheet-heading = Kuis keamanan online: lembar pertanyaan
fac-key-heading = Kuis keamanan online: kunci jawaban
fac-sheet-date = Tanggal: { $date }
fac-sheet-group = Nama kelompok (bukan nama anak):
fac-sheet-help = Kalau ada sesuatu di dunia online yang membuatmu khawatir, halaman Bantuan di Lantern menjelaskan apa yang bisa kamu lakukan dan siapa yang bisa membantu: { $address }
fac-print-button = Cetak
fac-back = Kembali ke Fasilitasi
fac-no-answer = tidak menjawab
# The home page's title is "Lantern — " and this, as in index.html.
title-home = laporan Collective Action dan keamanan online

# Languages
language-title = Bahasa
language-draft-mark = draf
language-draft = { $name } adalah terjemahan draf: belum diperiksa oleh penutur aslinya. Jika ada yang kurang jelas, percayai versi bahasa Inggris.
language-needs-connection = { $name } belum ada di perangkat ini. Sambungkan ke internet sekali untuk mengunduhnya. Sampai saat itu, Lantern tetap bisa dipakai dalam bahasa yang sekarang.
language-downloading = Menyiapkan { $name }…
report-in-english = Isi laporan ditampilkan dalam bahasa Inggris, bahasa aslinya.

# The page before the app has started (index.html's static shell).
boot-loading = Memuat Lantern…
boot-failed = Lantern tidak bisa dibuka di browser ini, jadi pencarian, kuis, dan penyimpanan tidak tersedia di sini. Kamu tetap bisa membaca laporan di halaman-halaman ini. Coba muat ulang, atau pakai browser versi terbaru.

# A live quiz on a classroom network: the facilitator's screen.
live-option = Kuis langsung di jaringan ini
live-option-hint = Setiap anak menjawab di ponselnya sendiri, tanpa internet. Ponsel-ponsel itu bergabung melalui hub kelas di jaringan ini.
live-checking = Mencari hub kelas…
live-needs-hub = Kuis langsung hanya bisa berjalan jika Lantern dibuka dari hub kelas. Di laptop, jalankan lantern-hub --lan, lalu buka Lantern di alamat yang ditampilkannya. Anda tetap bisa menjalankan kuis di layar ini.
live-host-title = Kuis langsung
live-opening = Membuka kuis langsung…
live-connecting = Menyambung ke hub kelas…
live-reconnecting = Sambungan ke hub kelas terputus. Mencoba lagi…
live-join-at = Di ponsel yang tersambung ke jaringan ini, buka alamat ini:
live-code = Kode bergabung
live-scan = Atau pindai kode ini dengan kamera ponsel.
live-qr-alt = Kode QR untuk { $address }
live-joined =
    { $n ->
       *[other] { $n } pemain sudah bergabung.
    }
live-team-members =
    { $n ->
       *[other] { $n } pemain
    }
live-start = Mulai kuis
live-late-note = Ponsel masih bisa bergabung setelah Anda memulai kuis. Ponsel itu ikut mulai dari pertanyaan berikutnya.
live-answered = Sudah menjawab: { $n } dari { $total }
live-chose =
    { $n ->
       *[other] { $n } pemain
    }
live-end = Akhiri kuis langsung
live-end-confirm = Akhiri kuis langsung untuk semua orang? Nama samaran dan jawaban akan dihapus dari hub.
live-end-yes = Ya, akhiri
live-ended = Kuis langsung sudah berakhir. Nama samaran dan jawabannya sudah dihapus dari hub.
live-err-busy = Kuis langsung lain sedang berjalan di hub ini. Kuis itu harus diakhiri dulu sebelum kuis baru bisa dimulai.
live-err-gone = Kuis langsung itu sudah tidak berjalan di hub.
live-err-not-lan = Hub ini tidak menjalankan kuis langsung. Jalankan hub dengan lantern-hub --lan.
live-err-setup = Hub tidak bisa memulai kuis ini. Periksa pengaturannya, lalu coba lagi.

# A live quiz on a classroom network: the child's phone.
join-title = Ikut kuis langsung
join-intro = Fasilitatormu menampilkan kode bergabung di layarnya.
join-code = Kode bergabung
join-next = Lanjut
join-nickname = Nama samaran
join-nickname-hint = Pilih nama samaran yang seru, bukan nama aslimu. Orang lain di ruangan ini mungkin bisa melihatnya.
join-team = Timmu
join-team-any = Pilihkan tim untukku
join-play = Ikut kuis
join-connecting = Menyambung…
join-needs-hub = Untuk ikut kuis langsung, ponselmu harus tersambung ke jaringan kelas. Buka alamat yang ada di layar fasilitatormu.
join-reconnecting = Sambungan terputus. Mencoba lagi…
join-err-code = Kode itu belum berhasil. Lihat lagi kode di layar fasilitator, lalu coba lagi.
join-err-nickname-empty = Silakan ketik nama samaran.
join-err-nickname-long = Nama samaran paling banyak 20 huruf.
join-err-nickname-refused = Silakan tulis tanpa simbol seperti < > & dan tanda kutip.
join-err-nickname-taken = Sudah ada yang memakai nama samaran ini. Silakan pilih nama lain.
join-err-full = Kuis ini sudah penuh.
join-err-other = Ada yang tidak beres. Silakan coba lagi.
join-welcome = Kamu sudah masuk, { $name }!
join-your-team = Timmu: { $team }
join-wait-start = Tunggu fasilitatormu memulai kuis.
join-wait-late = Kamu masuk saat pertanyaan sedang berjalan. Kamu mulai dari pertanyaan { $number }.
join-sent = Jawabanmu sudah terkirim. Tunggu sampai jawabannya ditampilkan.
join-time-up = Waktu habis.
join-you-chose = Kamu memilih { $letter }.
join-no-answer = Kamu tidak menjawab pertanyaan ini. Tidak apa-apa.
join-right = Jawabanmu benar!
join-wait-next = Tunggu pertanyaan berikutnya.
join-result =
    { $total ->
       *[other] Kamu menjawab benar { $n } dari { $total } pertanyaan.
    }
join-team-place = Peringkat timmu: { $rank }
join-thanks = Kuis sudah selesai. Terima kasih sudah ikut bermain!
join-ended = Kuis langsung ini sudah berakhir. Terima kasih sudah ikut bermain!
join-help = Kalau ada sesuatu di dunia online yang membuatmu khawatir, kamu bisa minta bantuan.
join-help-link = Minta bantuan
