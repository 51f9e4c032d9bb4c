"""The role patterns: the words just before (PRE) or after (POST) a place mention that make it where a
trip went (`DEST_PRE`, `DEST_POST`) or where the group came from (`ORIGIN_PRE`, `ORIGIN_POST`), each a
pattern with its weight, and the senders side by side or drawn from across a region they read
(`COLLECTIVE_ORIGIN`, `CAME_ALONG_WITH`); `place_roles.place_scores` weighs a mention by them.

One concern: the reporting habits of where a trip went and where it came from, each written out with the
whole class of words reporters use for it, kept together so that one habit is never split from its
counterpart.
"""

from __future__ import annotations

import re

from diklat_cli.extract import places, staff, trainees, verbs
from diklat_cli.extract.numbers import cardinal_words, ordinal_words
from diklat_cli.extract.sentences import LIST_INTRO

_I = re.IGNORECASE

# place roles: patterns on the words just before (PRE) or after (POST) a place mention
# (a region's council is a DPRD, in Aceh a DPRA or DPRK, in Papua a DPRP: "DPR[DAKP]" below)
# places one passes through on the way: the town of an airport, a port or a station is no place gone to
PASSAGE = r"bandara|bandar\s+udara|pelabuhan|stasiun|terminal|dermaga"
# a state school named by its level, its number and the town it stands in ("SMA Negeri 2 A", "SMPN 1 B", "MAN 2 C",
# "MTsN 3 D", "SDN 4 E"): the town is where the school is, so a group going to the school goes to that place
NUMBERED_SCHOOL = r"(?-i:(?:SD|SMP|SMA|SMK|SLB|MI|MTs|MA)N?(?:\s+Negeri)?\s+\d{1,3}\s+)"
DEST_PRE = [
    # the activity names where it goes: "studi inovasi daerah di Provinsi Bali", "benchmarking ke …"
    (
        re.compile(
            # "di" right after the activity ("studi inovasi daerah di X"); further on it may say where
            # the people are from ("studi banding sejumlah kepala desa di X ke Y")
            r"(?=[bspkvomKPM])\b(?:benchmark\w*|stud[iy]\s+\w+|stula|patok\s+banding|kaji\s+banding|visitasi"
            r"|orientasi\s+lapangan|observasi\s+lapangan|kunker|kunjungan\s+\w+"
            # an internship at a host unit: "magang di Dinas X Kota Y", "akan magang di BKD Kabupaten Z"
            r"|magang"
            # a staff college's field stage: "Kuliah Kerja Lapangan (KKL) di Polda X", "menjalani kuliah kerja di X"
            r"|(?-i:KK[LN]|KKDN|PKL)|kuliah\s+kerja(?:\s+(?!di\b)\w+(?:\s+\(\w+\))?)?)"
            r"(?:(?:\s+\w+){0,3}\s+(?:ke|menuju)|(?:\s+\w+)?\s+di)\s+"
            r"(?:(?:polda|polres\w*|kodam|korem|kodim|lanud|lantamal|kanwil|DPR[DAKP])\s+"
            # (any unit of the place named before its region, as after "ke" below: "studi banding di BPBD Kabupaten
            # X", "benchmarking di Dinas Kominfo Kota Y", "studi lapangan di Pemerintah Kota Z")
            r"|(?:(?:kantor|gedung|markas)\s+)?(?-i:(?:Dinas|Badan|Bagian|Kantor|Sekretariat|Inspektorat|Bappeda"
            r"|Bapenda|Disdukcapil|DPMPTSP|RSUD|Puskesmas|Mal|Mall|Satpol\s+PP)(?:\s+(?:[A-Z][\w&-]*|dan|&)){0,6})\s+"
            r"|(?-i:UPTD?(?:\s+[A-Z][\w&-]*){1,4}|[A-Z]{3,7}|Balai(?:\s+[A-Z][\w-]*){1,3})\s+|"
            + NUMBERED_SCHOOL
            + r")?$",
            _I,
        ),
        3,
    ),
    # "Kunker ke 3 kota besar, yaitu A, B dan C": the places counted, then named (any verb of going, any
    # count, any kind of place or body gone to: "mengunjungi delapan instansi, yakni Pemkab A, …")
    (
        re.compile(
            r"\b(?:"
            + verbs.GOING_TO
            + r"|kunjungi|menyinggahi)\s+(?:\d{1,2}|"
            + cardinal_words(2, 12)
            + r"|sepuluh|sebelas|dua\s+belas|beberapa|sejumlah)\s+(?:kabupaten/kota|kota/kabupaten|kota|kabupaten"
            r"|provinsi|daerah|lokasi|desa|kelurahan|kecamatan|wilayah|negara|tempat|titik|instansi|lembaga|pemda"
            r"|pemerintah\s+daerah|OPD|SKPD|perangkat\s+daerah|DPR[DAKP])(?:\s+\w+)?\s*,?\s*(?:"
            + LIST_INTRO
            + r"|masing-masing"
            r"|mulai\s+dari|seperti)"
            r"\s*:?\s*$",
            _I,
        ),
        3,
    ),
    # the places gone to named after a relative clause of being visited: "Daerah yang dikunjungi meliputi A dan B",
    # "Kali ini yang dituju adalah Kota X", "Salah satu daerah yang didatangi adalah Y", "daerah yang disambangi di
    # antaranya A, B dan C" (kc-29 sindonews, kd-06 dprd sumbar, mb-08 solopos), "yang mereka kunjungi antara lain
    # A, B" (the object-focus form, verbs.VISITED_BY_THEM): any verb of being visited, any
    # word that opens the list or names the one place (adalah, ialah), the items named before it in the same list
    (
        re.compile(
            r"\byang\s+(?:akan\s+|telah\s+|sudah\s+)?(?:" + verbs.VISITED + r"|dituju|" + verbs.VISITED_BY_THEM + r")"
            r"(?:\s+(?!(?:ke|dari|di)\b)\w+){0,4}?\s*,?\s*(?:adalah|ialah|" + LIST_INTRO + r")\s*:?\s*"
            r"(?:(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,3}\s*(?:,\s*(?:dan\s+|serta\s+)?|(?:dan|serta)\s+))*$",
            _I,
        ),
        3,
    ),
    # "dilaksanakan ke LPMP Eselon tiga, yaitu LPMP A, …": where it goes described, then named
    (
        re.compile(
            r"\b(?:ke|menuju)\s+(?:(?!ke\b|di\b|dari\b)[\w-]+\s+){1,4}?(?:[\w-]+)\s*,?\s*(?:yaitu|yakni)\s*:?\s*"
            r"(?:(?-i:[A-Z]{3,7}|Balai(?:\s+[A-Z][\w-]*){1,3})\s+)?$",
            _I,
        ),
        3,
    ),
    # "ke DPRD Kabupaten X": a council or office of the place stands between
    (
        re.compile(
            # ("menemui Dinas X Kabupaten Y", "bertemu dengan DPRD Y": the units met are those of the place visited)
            r"\b(?:" + verbs.GOING_TO + r"|sambangi|kunjungi|didatangi|menemui|bertemu(?:\s+dengan)?)\s+"
            # "ke DPRD X", "ke Polresta X", "ke Pulau Lombok Provinsi NTB"; "ke daerah Sumatera Barat",
            # "ke daerah Berastagi Sumatera Utara": a town the gazetteer lacks, located by its province
            r"(?:(?:DPR[DAKP]|kantor|polda|polres\w*|kodim|korem|kodam|kanwil|kemenag|kankemenag)\s+"
            r"|(?:daerah|wilayah)\s+(?:(?-i:[A-Z][a-z]+)\s+)?|pulau\s+\w+\s+"
            # "ke Dinas Pariwisata Kabupaten X", "mendatangi Badan Pendapatan Daerah Kota Y": a unit of the
            # place gone to, its name in capitals
            # (or its office, building or headquarters first: "ke kantor Dinas Sosial Kota Y", "mendatangi gedung
            # Bappeda Kota Z"; "ke Satpol PP Kota W": the unit by its shortened name and acronym)
            r"|(?:(?:kantor|gedung|markas)\s+)?(?-i:(?:Dinas|Badan|Bagian|Kantor|Sekretariat|Inspektorat|Bappeda|Bapenda"
            r"|Disdukcapil|DPMPTSP|RSUD|Puskesmas|Mal|Mall|Satpol\s+PP|Dewan)(?:\s+(?:[A-Z][\w&-]*|dan|&)){0,6}"
            # (the unit written in full with its short form in brackets, then its place: "ke Dinas Komunikasi dan
            # Informatika (Diskominfo) Kota A", "ke Dewan Perwakilan Rakyat Daerah (DPRD) Provinsi B")
            r"(?:\s*\([A-Z][\w&.-]*\))?)\s+"
            # a body known by its acronym or a "Balai", named by its province or city: "ke LPMP Sumatera Barat",
            # "ke BPSDM Provinsi Jawa Barat", "ke Balai Diklat Keagamaan Padang" (a national or provincial unit
            # whose seat names it: the place is where the group goes); a technical unit of the region by its kind
            # and name, "ke UPT Puskesmas Kota A", "ke UPTD Balai Benih Kabupaten B", "di UPT Damkar Kota C"
            r"|(?-i:UPTD?(?:\s+[A-Z][\w&-]*){1,4}|[A-Z]{3,7}|Balai(?:\s+[A-Z][\w-]*){1,3})\s+|"
            + NUMBERED_SCHOOL
            + r")?$",
            _I,
        ),
        3,
    ),
    # a destination written as an address, village first: "ke Desa Ponggok, Kecamatan Polanharjo, Kabupaten …"
    # (or its government: "ke Pemerintahan Desa A, Kecamatan B, Kabupaten …")
    (
        re.compile(
            r"(?=[km])\b(?:" + verbs.GOING_TO + r")\s+(?:(?:pemerintah(?:an)?|kantor)\s+)?"
            r"(?:desa|kelurahan|kampung|nagari|dusun|gampong"
            r"|kecamatan|distrik|kapanewon|kemantren|kawasan|objek|destinasi)\b[^.;:\n]{0,60}?,\s*(?:"
            + places.SUBDISTRICT
            + r"\s+[^,.;\n]{1,30},\s*)?$",
            _I,
        ),
        3,
    ),
    (
        re.compile(
            r"\b(?:memilih|pilihan\s+pada|menjadikan|menunjuk|mempercayakan|dipilihnya|tujuan(?:nya)?)\s+(?:\w+\s+){0,2}$",
            _I,
        ),
        2,
    ),
    # the places named as the trip's goal after the words of the goal and a word opening a list: "Tujuan studi banding
    # kali ini yaitu Kota A", "Daerah yang menjadi tujuan rombongan antara lain Kabupaten B", "Lokasi yang dituju
    # peserta adalah Kabupaten C", "daerah tujuan yang dipilih yakni Kota D" (abroad._LISTED reads countries so)
    (
        re.compile(
            r"\b(?:tujuan(?:nya)?|dituju)(?:\s+[\w-]+){0,4}?\s*,?\s*(?:yaitu|yakni|adalah|ialah|antara\s+lain|meliputi"
            r"|di\s*antaranya)\s*:?\s*$",
            _I,
        ),
        2,
    ),
    (
        re.compile(
            r"\b(?:timba|menimba|belajar|inspirasi|ilmu|pelajaran|keberhasilan)\b[^.]{0,40}\b(?:dari|di|ke)\s+$", _I
        ),
        2,
    ),
    # the hosts met face to face: "bertatap muka dengan jajaran Pemkab X", "berdialog dengan DPRD Y"
    # (a host's staff, "jajaran", met by the guests, not the guests' own ranks)
    (
        re.compile(
            # (any verb of meeting a body: bersilaturahmi, berkonsultasi, bertukar pikiran, berbagi pengalaman,
            # sharing; or the guests "diterima oleh" it, by any verb of being received: dijamu, ditemui, disambut)
            r"(?=[bdsk])\b(?:(?:bertatap\s+muka|bertemu|berdialog|berdiskusi|beraudiensi|audiensi|bersilaturah(?:mi|im)"
            r"|silaturah(?:mi|im)|berkonsultasi|konsultasi|bertukar\s+(?:pikiran|pengalaman|informasi)"
            r"|berbagi\s+(?:pengalaman|ilmu|informasi)|sharing|berinteraksi)\s+(?:langsung\s+)?(?:dengan|bersama)"
            # ("diterima" with "oleh" left out, as reports mostly write it: "diterima Pemerintah Kabupaten X",
            # "diterima langsung Sekda Y", "diterima secara resmi Wali Kota Z")
            r"|(?:" + verbs.RECEIVED + r")(?:\s+(?:langsung|secara\s+resmi|dengan\s+hangat|hangat))?(?:\s+oleh)?)"
            r"\s+(?:(?:jajaran|pimpinan|pejabat|anggota|sekda|sekretaris\s+daerah)\s+)?(?:(?:DPR[DAKP]|kantor)\s+)?$",
            _I,
        ),
        3,
    ),
    # the group's arrival told as where it got to: "rombongan sampai di Kantor Bupati X", "tiba di Balai
    # Kota Y": a place reached, or its head's office, is where the trip went (the bare "di" says less)
    (
        re.compile(
            # (any verb of arriving, "menginjakkan kaki"; any building of the host's seat: gedung DPRD, aula,
            # rumah dinas/jabatan, sekretariat daerah)
            r"(?=[tsm])\b(?:tiba|sampai|mendarat|menginjakkan\s+kaki)\s+(?:dengan\s+selamat\s+)?di\s+"
            r"(?:(?:kantor|balai\s*kota|pendopo|pendapa|kompleks|komplek|gedung(?:\s+DPR[DAKP])?|aula|rumah\s+(?:dinas|jabatan)"
            r"(?:\s+(?:bupati|wali\s*kota|walikota|gubernur))?|rujab|sekretariat\s+daerah|setda)\s+)?"
            # ... or any unit of the host named before its region: "tiba di Polda Bali", "tiba di Dinas Pariwisata
            # Provinsi X", "tiba di Kantor Diklat Kabupaten Y" (15 articles of read+corpus write arriving "di"); not
            # a place of passage, "mendarat di Bandara Pattimura Ambon" (kp-07 ekspresimaluku), a station, a hotel
            r"(?!(?i:" + PASSAGE + r"|lanud|hotel|penginapan)\b)"
            r"(?:(?-i:[A-Z])[\w.&-]*\s+){0,4}$",
            _I,
        ),
        2,
    ),
    # the trip referred back to by a plain noun with a demonstrative, then where it was held: "Kegiatan tersebut
    # berlangsung di A", "Acara itu dipusatkan di B", "Agenda ini digelar di C" (the trip told before stands for the
    # noun; with no demonstrative, "Kegiatan berlangsung di …" may be any event of the article, as a send-off)
    (
        re.compile(
            r"\b(?:kegiatan|acara|agenda)\s+(?:itu|tersebut|ini)\s+(?:\w+\s+)?(?:berlangsung|dilaksanakan|digelar"
            r"|diadakan|dipusatkan|dilakukan|diselenggarakan)\s+di\s+$",
            _I,
        ),
        2,
    ),
    # a part of the study done at a place: "enam raperda dikaji di A", "materi pasar didalami di B"
    (re.compile(r"\b(?:dikaji|dibahas|dipelajari|didalami|diamati|ditinjau)\s+(?:\w+\s+){0,2}?di\s+$", _I), 2),
    # the place of the trip told as its location: "Lokasinya di Desa A, Kecamatan B, Kabupaten …", "lokasi yang dipilih
    # adalah Kecamatan C Kabupaten …", "lokasi kunjungannya berada di Kota …" (the trip's site named by the noun
    # "lokasi" with a copula or "di"; an address may stand between)
    (
        re.compile(
            r"\blokasi(?:nya|\s+(?:kunjungan|kegiatan|stud[iy]\s+\w+)(?:nya)?|\s+yang\s+(?:dituju|dikunjungi|dipilih))?"
            r"\s+(?:berada\s+)?(?:di|yaitu|adalah|ialah|yakni)\s+(?:[^.;:\n]{0,50}?(?:,\s*|\s+))?$",
            _I,
        ),
        2,
    ),
    (re.compile(r"(?<!di lingkungan )(?<!di lingkup )\b(?:di|bertempat\s+di|berlokasi\s+di)\s+$", _I), 1),
    (
        re.compile(
            r"\b(?:balai\s*kota|kantor\s+(?:wali\s*kota|walikota|bupati|gubernur)|pendopo|setda|komplek|kompleks)\s+$",
            _I,
        ),
        1,
    ),
    # a virtual study of a named host: "benchmarking secara virtual dengan Pemerintah Kota X"; "studi
    # lapangan pada sejumlah perangkat daerah Kota X": the units of the place visited
    (
        re.compile(
            r"\b(?:(?:virtual|daring|online|dalam\s+jaringan)\s+(?:dengan|bersama|ke)"
            r"|(?:pada|di|ke|mengunjungi)\s+(?:sejumlah\s+|beberapa\s+|\w+\s+)?(?:perangkat\s+daerah|OPD|SKPD"
            r"|instansi|unit\s+kerja)(?:\s+(?:di\s+)?(?:lingkungan|lingkup))?)\s+$",
            _I,
        ),
        3,
    ),
]
DEST_POST = [
    (
        re.compile(
            r"^\s*(?:\([^)]*\)\s*)?,?\s*"
            # the host official's name in apposition after the title and region ("Sekda Kota X, Budi Santoso,
            # menyambut …"), the way news names a speaker
            r"(?:(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,4}(?:,\s*|\s+(?=(?:beserta|bersama|didampingi)\s)))?"
            # (and those who receive with him: "Bupati A, Budi, bersama jajarannya menyambut …", "Ketua DPRD B
            # beserta unsur pimpinan dan anggota dewan menerima …")
            r"(?:(?:beserta|bersama|didampingi(?:\s+oleh)?)\s+(?:(?!(?:ke|di|dari|menuju|yang|untuk)\b)[\w./()-]+\s+){1,8}?)?"
            # (any receiving verb: menerima, menyambut, menjamu; disambangi, disinggahi; mendapat(kan) kunjungan;
            # menjadi tuan rumah, destinasi, sasaran)
            r"(?:[\w-]+\s+){0,4}?(?:"
            + verbs.RECEIVING
            + r"|"
            + verbs.VISITED
            + r"|mendapat(?:kan)?\s+kunjungan|menjadi\s+(?:daerah\s+|salah\s+satu\s+)?"
            r"(?:tujuan|pilihan|lokasi|lokus|tempat|tuan\s+rumah|destinasi|sasaran|objek|obyek|jujugan)|disinggahi"
            r"|dijadikan)\b",
            _I,
        ),
        3,
    ),
    (
        re.compile(
            r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:\w+\s+){0,2}?(?:sebagai|menjadi)\s+(?:lokasi|lokus|tempat|tujuan|locus|tuan\s+rumah"
            r"|destinasi|sasaran|objek|obyek|jujugan)\b",
            _I,
        ),
        2,
    ),
    (re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:kami\s+)?(?:dipilih|ditetapkan|ditunjuk|terpilih)\b", _I), 2),
    # the host as the speaker of the study ("Pemkot X menjadi narasumber benchmarking secara daring bagi …"):
    # in a virtual study the place studied speaks to the visitors instead of receiving them
    (
        re.compile(
            r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:menjadi|sebagai|bertindak\s+sebagai)\s+narasumber\s+(?:kegiatan\s+)?"
            r"(?:benchmark\w*|stud[iy]\s+\w+|stula|kaji\s+banding|visitasi)\b",
            _I,
        ),
        3,
    ),
]
# travellers drawn from across a region, no one body of it: "dari berbagai daerah di X", "peserta … se-X"
# (the regions counted in any way: "dari 17 kabupaten/kota di X", "dari lima kecamatan di Y", "dari pelbagai
# daerah di Z")
COLLECTIVE_ORIGIN = re.compile(
    r"(?:\b(?:dari|asal)\s+(?:berbagai|pelbagai|sejumlah|beberapa|seluruh|semua|banyak|\d{1,3}|(?:"
    + cardinal_words(2, 9)
    + r"|sepuluh|sebelas)(?:\s+(?:belas|puluh)(?:\s+\w+)?)?)\s+(?:daerah|kabupaten(?:/kota)?"
    r"|kabupaten\s+dan\s+kota|kota(?:/kabupaten)?|kecamatan|wilayah|instansi|OPD|SKPD|perangkat\s+daerah)\s+(?:di|se)\s*-?\s*"
    r"|\bpeserta\b[^.\n]{0,40}\sse-)(?:provinsi\s+)?$",
    _I,
)
# governments that came along with the group: "Lambar tidak datang sendirian, tetapi bersama Kabupaten B, C dan D",
# "Rombongan datang bersama Pemkab B", "Kunjungan itu juga diikuti Pemkab B" (a word of coming or of the visit
# before "bersama", a region's government or council after it: senders side by side)
# ... or a body named with its region, "bersama rombongan" another's council or government after it, in the subject
# before the trip's verb: "Anggota Komisi C DPRD Kota A, Provinsi X, bersama rombongan DPRD Kabupaten B … melakukan
# studi banding ke" (the region before "bersama" is the first sender's)
CAME_ALONG_WITH = re.compile(
    r"(?:\b(?:datang|tiba|berangkat|bertolak|berkunjung|sendiri(?:an)?|kunjungan\s+(?:itu|ini|tersebut))\b[^.\n]{0,30}?"
    r"(?:\b(?:bersama|beserta)(?:-sama)?(?:\s+dengan)?|\bdiikuti(?:\s+oleh)?)\s+(?:rombongan\s+(?:dari\s+)?)?"
    r"|,\s*bersama\s+rombongan\s+)"
    r"(?:(?:DPR[DK]|" + places.GOVERNMENT_WORD + r")\s+)?$",
    re.IGNORECASE,
)
ORIGIN_PRE = [
    (re.compile(r"\b(?:asal|utusan|berasal\s+dari|mewakili)\s+$", _I), 3),
    # the group sent off by its region's head or government, its agent after the passive: "37 kepala kampung
    # diberangkatkan Bupati A", "dilepas Wali Kota B", "diutus oleh Pemkab C" (td-01 papuasatu, qb-04 jayawijayakab,
    # pd-20 alkhairaat): the region of the one who sends them off is where they come from
    (
        re.compile(
            r"\bdi(?:berangkatkan|lepas|utus|kirim)\s+(?:(?:secara\s+resmi|langsung)\s+)?(?:oleh\s+)?"
            r"(?:(?:bupati|wali\s*kota|walikota|gubernur|sekda|sekretaris\s+daerah|kepala\s+daerah)\s+)?$",
            _I,
        ),
        3,
    ),
    # groups told in order, each by its ordinal, the noun left out after the first: "Rombongan pertama dari A,
    # sedangkan yang kedua dari B", "yang berikutnya berasal dari C" (each the group of the body it comes from)
    (
        re.compile(
            r"\b(?:rombongan|delegasi|tamu|yang)\s+(?:" + ordinal_words(1, 6) + r"|berikutnya|lainnya)\s+"
            r"(?:(?:berasal|datang)\s+)?dari\s+(?:DPR[DAKP]\s+)?$",
            _I,
        ),
        3,
    ),
    # the people sent, named by the body they stand for: "perwakilan Pemkab X", "para perwakilan DPRD Kota Y"
    # (the body's government or council word between; not an office's regional branch, "BPK Perwakilan Provinsi
    # Z", "Kantor Perwakilan Bank Indonesia", whose "perwakilan" is part of its name, written after the body)
    (
        re.compile(
            r"(?<!\bkantor\s)(?<!(?-i:[A-Z])\s)\bperwakilan\s+(?:(?:DPR[DAK]|" + places.GOVERNMENT_WORD + r")\s+)?$",
            _I,
        ),
        3,
    ),
    # a region's village or office heads as one group: "Pemdes se-Kabupaten X", "kepala desa se Kabupaten
    # Y", "camat se-Kota Z" (all those of the region, who travel from it; "terbaik se-Jawa Timur" ranks a
    # thing within a region and is no such group)
    (
        re.compile(
            # (any body kind a region has many of: "Puskesmas se-Kabupaten X", "PKK se-Y", "ketua RW se-Z")
            r"(?=[pkcslbostm])\b(?:pemdes|pemerintah\s+desa|perangkat\s+desa|kepala\s+desa|kades|sekretaris\s+desa"
            r"|sekdes|lurah|camat|bumdes|bpd|kepala\s+(?:OPD|SKPD|dinas|sekolah|puskesmas)|OPD|SKPD"
            r"|puskesmas|sekolah|madrasah|posyandu|(?:tp\s+)?pkk|ketua\s+r[tw]|karang\s+taruna|koperasi|pokdarwis)"
            r"(?:\s+dan\s+\w+)?\s+se\s*-?\s*$",
            _I,
        ),
        3,
    ),
    # the office over a region's villages, named with its region: village heads travel from where it sits
    # ("Plt Kadis PMD Deli Serdang mengakui banyak kades yang pergi", "dibuka Kepala DPMD Kabupaten Bogor",
    # "tidak ikut mendampingi para kades", kp-03, mf-10, me-07, lv-01: four outlets); the office by any of
    # its names (PMD, DPMD, DPMPD, Dinas Pemberdayaan Masyarakat dan Desa)
    (
        re.compile(
            r"(?=[pPdD])\b(?:(?-i:PMD|DPMD|DPMPD|DPMDes)|pemberdayaan\s+masyarakat\s+(?:dan\s+)?desa)"
            r"(?:\s*\((?-i:[A-Z][A-Za-z]+)\))?\s+$",
            _I,
        ),
        2,
    ),
    # people of a group, then where they are from ("15 anggota Badan Permusyawaratan Desa dari X")
    (
        re.compile(
            # (any word for the group or its people: tim, delegasi, utusan, kontingen, perwakilan, staf, ASN)
            r"\b(?:rombongan|"
            + trainees.TRAINEES
            + r"|tamu|"
            + staff.only("pejabat", "pegawai", "aparatur", "staf", "ASN")
            + r"|orang|anggota|pengurus|tim|delegasi|utusan|kontingen|perwakilan)\b[^.]{0,40}\b(?:dari|asal)"
            # (the body of the place named between: "tamu dari Dishub Kabupaten A", "rombongan dari Dinas
            # Pariwisata Kota B": a region's office sends as its government or council does)
            r"\s+(?:(?:DPR[DAKP]|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))\s+)?$",
            _I,
        ),
        2,
    ),
    # ... with the sub-district named first: "perangkat desa dari Kecamatan X, Kabupaten Y", "kepala desa
    # asal Distrik X, Kabupaten Y": reports address a village group by its kecamatan, then its regency,
    # and the regency is the sender
    (
        re.compile(
            r"\b(?:rombongan|"
            + trainees.TRAINEES
            + r"|orang|anggota|pengurus|"
            + staff.only("pegawai")
            + r"|aparat\w*|perangkat|kepala\s+desa|kades|lurah)\b"
            r"[^.]{0,40}\b(?:dari|asal)\s+(?:Kecamatan|Distrik|Kelurahan|Desa)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
            r"\s*,\s*$"
        ),
        2,
    ),
    # governments that came along with the group (CAME_ALONG_WITH)
    (CAME_ALONG_WITH, 2),
    # one delegation come along with, or after, another: "berbarengan dengan agenda serupa dari DPRD A",
    # "disusul rombongan DPRD B"
    (
        re.compile(
            r"\b(?:(?:berbarengan|bersamaan)\s+dengan|disusul(?:\s+oleh)?)\s+(?:(?!ke\b|di\b|menuju\b)\w+\s+){0,3}?"
            r"(?:dari\s+)?(?:(?:DPR[DAKP]|" + places.GOVERNMENT_WORD + r")\s+)?$",
            _I,
        ),
        2,
    ),
    # "kedatangan tamu dari tiga kabupaten, yaitu A, B dan C": the senders counted, then named (the
    # "peserta dari lima provinsi, yaitu …" of one cohort are where its members come from)
    (
        re.compile(
            r"\b(?:rombongan|tamu|delegasi|kunjungan)\b[^.]{0,40}\b(?:(?:dari|asal)\s+(?:\w+\s+){0,2}"
            # (... or counted with no "dari" as they came at once: "menerima kunjungan kerja empat DPRD sekaligus,
            # yakni …", as the frames read "Tiga DPRD sekaligus", "menyambut empat daerah sekaligus")
            r"|(?=(?:[2-9]|" + cardinal_words(2, 8) + r")\s+\w+(?:/kota)?\s+sekaligus\b)\w+\s+)"
            r"(?:kabupaten|kota|daerah|provinsi|pemda|pemerintah\s+daerah|DPR[DAKP]|instansi|lembaga)(?:/kota)?"
            r"(?:\s+sekaligus)?\s*,?\s*"
            # (their province between, as their address: "dari dua DPRD asal Provinsi Aceh, yaitu A serta B", mb-06
            # metropolitan, as "ke dua kota di Kalimantan Timur, yaitu …" on the way out)
            r"(?:(?:asal|dari|di|se-?)\s*(?:provinsi\s+)?(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*)){0,2}"
            r"(?:\s*\([^()]{1,12}\))?\s*,?\s*)?"
            r"(?:yaitu|yakni|antara\s+lain|masing-masing|di\s+antaranya)\s*:?\s*(?:DPR[DAKP]\s+)?$",
            _I,
        ),
        2,
    ),
    # "kedatangan rombongan DPRD Kabupaten X": the group named by its body; "menerima studi banding
    # DPRD X": the host receives the trip of X
    (
        re.compile(
            # (the group by any of its names, tim, delegasi, kontingen, utusan, with the trip's name after it:
            # "rombongan studi banding Pemkab X", "tim kunker DPRD Y"; the trip received by any verb of receiving)
            r"\b(?:(?:rombongan|kedatangan|tim|delegasi|kontingen|utusan)(?:\s+(?:stud[iy]\s+\w+|kaji\s+banding"
            # (a visit by any of its names: "kunjungan belajar/studi Bupati X", as "kunjungan kerja DPRD Y")
            r"|benchmarking|kunker|kunjungan(?:\s+(?:kerja|belajar|studi))?))?|kunjungan(?:\s+(?:kerja|belajar|studi))?"
            # (the trip by two of its names joined: "kunjungan kerja dan studi banding (dari) Pemkab X", "kunjungan
            # kerja (kunker) sekaligus benchmarking DPRD Y")
            r"(?:\s*\([^()]{1,12}\))?(?:\s+(?:dan|serta|sekaligus)\s+(?:stud[iy]\s+(?:banding|tiru|lapangan|komparatif"
            r"|komparasi)|kaji\s+(?:banding|tiru)|benchmarking)(?:\s+dari)?)?"
            r"|(?:" + verbs.RECEIVING + r"|mendapat(?:kan)?)\s+(?:kunjungan\s+)?"
            r"(?:stud[iy]\s+(?:banding|tiru|lapangan|komparatif|komparasi)|kaji\s+banding|benchmarking)(?:\s+dari)?)"
            # ... or by its offices: "rombongan SKPD X", "rombongan OPD Pemkab Y" (a region's offices travelling)
            # (or its deputy or acting head: "kunjungan belajar Wakil Gubernur X", the head's mention after it)
            r"\s+(?:(?:(?:sekretariat\s+)?DPR[DAKP]|setwan|anggota\s+DPR[DAKP]|tamu|(?-i:SKPD|OPD)|(?:satuan\s+kerja\s+)?perangkat\s+daerah"
            r"(?:\s+\((?-i:SKPD|OPD)\))?|wakil|(?-i:Pj|Pjs|Plt|Plh)\.?)\s+)?$",
            _I,
        ),
        2,
    ),
    # the group or its trip, then the office whose group or trip it is, written out before its region: "kedatangan
    # rombongan BPBD Kabupaten X", "Studi banding Dinas Perhubungan Kabupaten Y ke …", "kunjungan kerja Bappeda
    # Kota Z": any body of the region makes the trip, not only its council or government (a trip name followed by
    # its maker is a genitive: kc-06, kt-14, kx-07, mn-07); the group by rombongan, delegasi or kontingen, the trip
    # by any of its names; not after a capitalised word, where the trip's name is the headline's verb ("DPRD A
    # Studi Banding BPBD Kota B": A's trip to B)
    (
        re.compile(
            r"(?:^|[^\w\s]\s*|\b(?-i:[a-z])\w*\s+)(?:rombongan|delegasi|kontingen|kedatangan|kunker"
            r"|kunjungan(?:\s+(?:kerja|belajar|studi))?|stud[iy]\s+(?:banding|tiru|komparatif|komparasi)"
            r"|kaji\s+(?:banding|tiru)|benchmarking)(?:\s+(?:stud[iy]\s+(?:banding|tiru)|kaji\s+(?:banding|tiru)"
            # (... or the group after the coming or the visit, "kedatangan rombongan Bappeda Kota X", "kunjungan
            # kerja rombongan Dinas Y": kz-20 nusabali, la-16 koranbanjar, s8 lq-12 beritaangin, s9 mf-07 kutipan)
            r"|benchmarking|kunker|kunjungan(?:\s+kerja)?|rombongan|delegasi))?"
            # (the trip's short form in brackets between: "Kunjungan Kerja (Kunker) Forum X Kota Y", "studi banding
            # (SB) Dinas Z Kabupaten W", as the body's own short form may follow its name; or the short form alone
            # when the full one is beyond the words read, "(Kunker) Forum X Kota Y")
            r"(?:\s*\([\w-]{2,12}\)|\))?"
            r"\s+(?-i:[A-Z])[\w&.-]*(?:\s+(?:(?:dan|&)\s+)?(?:(?-i:[A-Z])[\w&.-]*|\([\w-]{2,12}\))){0,6}\s+$",
            _I,
        ),
        2,
    ),
    # the guest written as its office's full name before its region, after the visit received or said to come
    # "dari" it ("menerima studi banding dari Dinas Komunikasi dan Informatika Kabupaten X", "kedatangan tim
    # studi tiru Disdukcapil Kabupaten Y", "kunjungan kerja dari Inspektorat Kabupaten Z", "kaji banding dari
    # Kelurahan A, Kota B"): any office, council or village body of the region is the sender, not only
    # DPRD/Pemkab (the visit by any of its names; any verb of receiving; the group by any of its names, "tim",
    # "kontingen", "utusan dari Dinas X Kabupaten Y" as "rombongan dari …")
    (
        re.compile(
            r"\b(?:(?:kunjungan(?:\s+kerja|\s+belajar)?|kunker|tamu|rombongan|delegasi|tim|kontingen|utusan"
            r"|stud[iy]\s+(?:banding|tiru|lapangan|komparatif|komparasi)|kaji\s+banding|benchmarking)\s+dari"
            r"(?:\s+(?:rombongan|tim|delegasi))?|(?:" + verbs.RECEIVING + r"|mendapat(?:kan)?)\s+"
            r"(?:(?:kunjungan|rombongan|tim|tamu|delegasi)\s+)?(?:stud[iy]\s+(?:banding|tiru|lapangan|komparatif|komparasi)"
            r"|kaji\s+banding|benchmarking)|(?:" + verbs.VISITED + r")(?:\s+oleh)?"
            r"(?:\s+(?:rombongan|tim|delegasi))?)\s+"
            # (the guests as people of the office: "perangkat Kecamatan A", "pegawai Dinas B", "para camat dari C")
            r"(?:(?:(?:para|sejumlah|\d{1,3})\s+)?(?:perangkat|"
            + staff.only("pegawai", "pejabat", "staf", "aparatur", "ASN")
            + r"|anggota|pengurus|kepala\s+desa|camat|lurah|peserta)\s+(?:dari\s+)?)?"
            # (the office's abbreviation may follow its name: "Dinas Pendidikan dan Kebudayaan (Disdikbud) Kabupaten X")
            # (a village or sub-district set off by a comma before its regency: "Kelurahan A, Kota B")
            r"(?:(?-i:[A-Z])[\w&.-]*|\([\w-]{2,12}\))(?:\s+(?:(?:dan|&)\s+)?(?:(?-i:[A-Z])[\w&.-]*|\([\w-]{2,12}\))){0,6}"
            r"(?:\s*,\s*|\s+)$",
            _I,
        ),
        2,
    ),
    # the host's fame "draws the interest" of the body that then comes to it: "menarik perhatian Pemkab X",
    # "memancing minat Badan Kepegawaian (BKD) X … untuk bertandang ke …" (the body interested is the visitor)
    (
        re.compile(
            r"(?=[mM])\b(?:menarik|memancing|mengundang|menggugah)\s+(?:minat|perhatian|ketertarikan)\s+"
            r"(?:(?!(?:ke|di|untuk|dari|wisatawan|warga|masyarakat|publik)\b)[\w()&.-]+\s+){0,6}$",
            _I,
        ),
        2,
    ),
    # "kini giliran Pemkab X yang belajar", "tiba giliran rombongan dari Y": a host's account of its guests
    # one after another, and the body whose turn it is came (not "giliran ke Z", "giliran kota di Z yang
    # didatangi": the places a group's turn takes it to)
    # (the body's name may run on with the units it sits in, set off by commas: "tiba giliran Pokja Kampung KB A,
    # Kecamatan B, Kabupaten B yang berkunjung"; not its address after them, "Dinas A Kabupaten B, dari Provinsi X")
    (
        re.compile(
            r"\bgiliran\s+(?:(?!(?:ke|di|menuju|pada|untuk)\b)[\w().-]+(?:\s+|,\s+(?!(?:dari|asal)\b))){0,6}$", _I
        ),
        2,
    ),
    # the guests named by a cleft, the host's way of saying who came this time: "Kali ini yang datang adalah
    # Kabupaten X", "yang berkunjung ialah rombongan Pemkab Y" (kv-01 kompasiana, ly-11 pariamantoday, mf-04
    # seblang, mk-14 indonesiasatu, fb-04); coming by any verb of coming, not "yang dikunjungi adalah …"
    (
        re.compile(
            r"\byang\s+(?:datang|hadir|" + verbs.TRAVELLING + r")(?:\s+(?:kali\s+ini|ke\s+sini|(?:hari\s+)?ini))?"
            r"\s+(?:adalah|ialah|yakni|yaitu)\s+(?:(?:rombongan|tim|delegasi|para|jajaran)\s+)?"
            r"(?:(?:DPR[DAKP]|" + places.GOVERNMENT_WORD + r")\s+)?$",
            _I,
        ),
        2,
    ),
    # "kelima komisi DPRD X", "Komisi C DPRD X": a council's komisi are its members, who travel
    (re.compile(r"\bkomisi\s+(?:(?-i:[IVX]{1,4}|[A-Z]|\d{1,2})\s+)?DPR[DAKP]\s+$", _I), 2),
    # a cohort drawn from across a province: "peserta yang datang dari berbagai daerah di Sumatera Selatan",
    # "peserta PKA Angkatan 1 dan 2 se-Sumatera Selatan": the province sends them, as one group
    (COLLECTIVE_ORIGIN, 2),
    # others who joined the trip, listed after "turut/ikut serta": "kepala daerah lain turut serta dalam
    # kunjungan itu, yaitu Wali Kota A …", "Ikut serta pula dalam rombongan, antara lain, DPRD B …"
    (
        re.compile(
            r"\b(?:turut|ikut)\s+serta\b[^.\n]{0,60}?\b(?:yaitu|yakni|antara\s+lain|di\s*antaranya)\s*,?\s*:?\s*"
            r"(?:(?:DPR[DAKP]|" + places.GOVERNMENT_WORD + r"|rombongan)\s+)?$"
            # ... or right after "that visit" as the joining verb's place ("Turut dalam kunjungan itu Bupati A,
            # Pj. Bupati B …": lv-04 forumkeadilanbali, lf-07 cermat)
            r"|\b(?:turut|ikut)(?:\s+(?:serta|hadir|bergabung))?(?:\s+pula)?\s+dalam\s+(?:kunjungan|rombongan)"
            r"(?:\s+\w+){0,2}?\s+(?:itu|tersebut|ini)\s*,?\s*(?:(?:DPR[DAKP]|" + places.GOVERNMENT_WORD + r")\s+)?$",
            _I,
        ),
        2,
    ),
    # the host written as the subject, the visitors after what it became for them: "A menjadi tujuan kaji
    # banding 20 pengurus PKK Kabupaten X", "A dipilih sebagai lokasi studi lapangan peserta PKA Kota Y": the
    # place that names the group is its home (not "lokasi studi lapangan di X", where X is the place)
    # (what it became, in any words: tujuan, lokasi, lokus, objek, tempat, tuan rumah, destinasi, sasaran,
    # jujugan; the visitors as their body itself, right after the trip: "A menjadi tuan rumah studi banding
    # Pemkab X", "A menjadi tujuan kunker DPRD Y", where the bare "tujuan … X" would make X the place gone to)
    (
        re.compile(
            r"\b(?:menjadi|sebagai|jadi)\s+(?:(?:salah\s+satu|daerah)\s+)?(?:tujuan|lokasi|lokus|locus|objek|obyek|tempat"
            r"|tuan\s+rumah|destinasi|sasaran|jujugan)\s+(?:benchmark\w*|stud[iy]\s+\w+|stula|kaji\s+banding|visitasi"
            r"|kunker|kunjungan(?:\s+kerja)?)\s+(?:(?:bagi|untuk|oleh|dari)\s+)?(?:(?:rombongan|tim|delegasi"
            r"|(?:para\s+)?anggota(?:\s+DPR[DAKP])?|DPR[DAKP]|komisi\s+\w+\s+DPR[DAKP])\s+)?$",
            _I,
        ),
        3,
    ),
    (
        re.compile(
            r"\b(?:tujuan|lokasi|lokus|locus|objek|obyek|tempat|tuan\s+rumah|destinasi|sasaran|jujugan)\s+(?:benchmark\w*"
            r"|stud[iy]\s+\w+|stula|kaji\s+banding|studi\s+tiru|visitasi|kunjungan\s+\w+)\s+(?:(?:bagi|untuk|oleh)\s+)?"
            r"(?:(?:para|sejumlah|\d{1,3}|\w+)\s+)?"
            r"(?:"
            + trainees.TRAINEES
            + r"|rombongan|pengurus|anggota|"
            + staff.only("pejabat", "pegawai", "ASN", "aparatur")
            + r"|perangkat|kepala|tim|delegasi|kontingen"
            r"|kades|lurah|camat|guru|mahasiswa)\b[^.,;:\n]{0,50}?"
            r"(?<!\sdi)(?<!\ske)(?<!menuju)(?<!\spada)\s+$",
            _I,
        ),
        2,
    ),
    # (but the staff a group meets, "bertatap muka dengan jajaran Pemkab X", are the host's)
    (re.compile(r"\b(?:di\s+lingkungan|di\s+lingkup|lingkup|(?<!dengan\s)jajaran)\s+$", _I), 2),
    (re.compile(r"\b(?:pulang|kembali|sepulang)\s+(?:ke|di)\s+$", _I), 1),
    (re.compile(r"\b(?:diterapkan|diberlakukan|diaplikasikan|diadopsi)(?:\s+\w+){0,2}\s+(?:di|oleh)\s+$", _I), 1),
    (re.compile(r"\bdaerah\s+asal\b[^.]{0,20}$", _I), 1),
    # the trip, then who made it as the agent of a passive relative clause: "studi banding yang dijalankan para
    # pejabat OPD Pemkab X", "studi tiru yang digelar DWP Kota Y ke …": the body named there travels (any
    # verb of holding in the passive: dijalankan, digelar, dilakukan, dilaksanakan, diadakan; any name of
    # the trip); a preposition of place between ("yang digelar di Kota Z") makes it the place
    (
        re.compile(
            r"\b(?:studi\s+(?:banding|tiru)|kaji\s+(?:banding|tiru)|kunjungan(?:\s+kerja)?|kunker|benchmarking"
            r"|perjalanan\s+dinas)\s+(?:\w+\s+){0,2}?yang\s+(?:dijalankan|digelar|dilakukan|dilaksanakan|diadakan)"
            r"\s+(?:oleh\s+)?(?:(?!(?:ke|di|menuju|pada)\s)[\w().-]+\s+){0,6}$",
            _I,
        ),
        2,
    ),
]
ORIGIN_POST = [
    (
        re.compile(
            # (words of time may stand between: "A, Sulsel, sudah lebih dulu bertandang ke …")
            # (the locator with its short form in brackets: "A, Provinsi Sumatera Barat (Sumbar), berkunjung ke …",
            # kh-03 harianhaluan, mc-02 apahabar, lm-06 antarasulsel, mm-09 jatimtimes)
            r"^\s*(?:\([^)]*\)\s*)?(?:,\s*(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*){0,2}(?:\s*\([^()]{1,15}\))?\s*,\s*)?"
            # (the official's own name between his region and those with him: "Ketua DPRD A, Papua Barat, Budi
            # Santoso bersama 15 anggotanya menjalani …", "Sekda Kabupaten B Budi, SE beserta jajaran berkunjung …")
            r"(?:(?-i:[A-Z])[\w.'-]*(?:,?\s+(?-i:[A-Z])[\w.'-]*){0,4}\s*,?\s+(?=(?:beserta|bersama|didampingi)\s))?"
            # (and those who go with the subject: "Sekda Kabupaten A bersama sejumlah kepala OPD bertolak ke …",
            # "Camat B, Kabupaten C, beserta para lurah melakukan …", as after a head of region (_NAMED_HEAD_TRAVELS);
            # not the guests a host goes round with)
            # (or joined by "dan" when they are his own staff: "Kepala Dinas X Kabupaten A dan jajarannya berkunjung
            # …", "Camat C, Kabupaten B, dan stafnya bertandang …", a comma before the company as well)
            r"(?:(?:,\s*)?(?:beserta|bersama|didampingi(?:\s+oleh)?|dan(?=\s+(?:seluruh\s+|para\s+)?(?:jajaran|staf|rombongan)))"
            r"\s+(?!(?:para\s+|seluruh\s+)?(?:tamu|peserta|delegasi)\b)"
            r"(?:(?!(?:ke|di|dari|menuju|yang|untuk)\b)[\w./()-]+\s+){1,6}?)?"
            # (and words of when, as news writes them between the subject and its verb: "DPRD A, Kalteng, belum
            # lama ini menjalankan …", "DPRD B beberapa waktu lalu menjalani …", "DPRD C baru saja menjalani …")
            r"(?:(?:belum\s+lama\s+ini|baru-baru\s+ini|baru\s+saja|beberapa\s+(?:waktu|hari|pekan|minggu|bulan)"
            r"\s+(?:yang\s+)?lalu|(?:akhir\s+)?(?:pekan|minggu)\s+lalu|kemarin|hari\s+ini)\s*,?\s+)?"
            r"(?:(?:sudah|telah|lebih|dulu|dahulu|pernah|sempat|juga)\s+){0,3}"
            r"(?:\w+\s+){0,1}?(?:melakukan|melaksanakan|memilih|"
            + verbs.TRAVELLING
            # (any verb of sending a group: mengirim(kan), mengutus, menugaskan, mendelegasikan, memberangkatkan,
            # melepas: "Pemkot A bersama DPRD A mengutus rombongannya untuk belajar ke …", kv-10 ambae)
            + r"|mengirim(?:kan)?|mengutus|menugaskan|mendelegasikan|memberangkatkan|melepas|menjalani|menggelar"
            # (and taking its people along: "Pemkab A memboyong 20 kepala OPD ke …")
            + r"|memboyong"
            # ... or taking them along, the trip named within a few words: "Kepala Desa A, Kota B, mengajak
            # perangkatnya belajar ke …", "Camat C, Kabupaten D, mengajak 30 kades studi tiru ke …" (not guests
            # taken round by their host, "mengajak tamu berkeliling", nor others asked to talk, "mengajak DPRD E
            # bermusyawarah")
            + r"|(?:mengajak|membawa)(?!\s+(?:para\s+|seluruh\s+)?(?:tamu|peserta|delegasi|rombongan)\b)"
            r"(?=(?:\s+[\w/.-]+){1,7}?\s+\(?(?:stud[iy]|kunjungan|kunker|belajar|sinau|menimba|benchmark\w*"
            r"|kaji\s+banding)\b)"
            # (and setting out or calling on a place by any verb of the classes: "bertolak ke", "menyambangi")
            + r"|"
            + verbs.DEPARTING
            + r"|"
            + verbs.VISITING
            # ("menjalankan" runs anything, a policy as well: only with the trip after it, "menjalankan studi tiru")
            + r"|menjalankan(?=\s+(?:stud[iy]|kunjungan|kunker|benchmark\w*|kaji))"
            # (a trip planned by its maker, the trip named right after: "Pemkab A menjadwalkan studi banding ke …",
            # "DPRD B merencanakan kunjungan kerja …", "Dinas C sedang menyusun rencana studi tiru …", and the
            # headline's clipped "Pemkab D Jadwalkan Studi Banding ke …")
            r"|(?:(?:men)?jadwalkan|(?:me)?rencanakan|(?:meng)?agendakan|menyusun\s+rencana)"
            r"(?=\s+(?:stud[iy]|kunjungan|kunker|benchmark\w*|kaji))"
            r"|menyelenggarakan|mengadakan|datang)\b"
            # a relative clause says the body came, its own locator set off before it: "DPRD Kota A,
            # Kalimantan Timur, yang datang bersamaan dengan …", "DPRD B yang berkunjung bersama …"
            # (a word of manner or aspect may stand before its verb: "DPRD C, Kalteng, yang sengaja berkunjung …",
            # "… yang juga menyambangi …", "… yang sedang …")
            r"|^(?:\s*,\s*(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*){0,3}(?:\s*\([^()]{1,15}\))?\s*,)?\s*,?\s*yang\s+"
            r"(?:(?:sengaja|khusus|sudah|telah|juga|baru\s+saja|tengah|sedang)\s+)?(?:datang|"
            + verbs.TRAVELLING
            + r"|hadir)\b",
            _I,
        ),
        2,
    ),
    # (one pattern for three shapes, each place mention pays for every pattern tried)
    (
        re.compile(
            # the subject of the trip with its day set off between: "DPRD A, hari ini, Senin (17/12), melaksanakan …"
            r"^\s*(?:,\s*(?:(?:hari\s+ini|kemarin|pada)\s*,?\s*)?(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)"
            r"\s*)?(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*)?,\s*(?:melakukan|melaksanakan|menggelar|"
            + verbs.TRAVELLING
            + r"|mengunjungi|menyambangi|datang|tiba)\b"
            # a headline's subject: "Magelang dan Barito Kuala Studi Banding … ke Sigi"
            r"|(?-i:Stud[iy]\s+(?:Banding|Tiru|Lapangan|Komparatif)|Kaji\s+Banding|Benchmarking|Kunker)\b"
            # the learner is the traveller: "Pemkab X mempelajari pengelolaan …", "Pemkot Y belajar …"
            # (but "ke X untuk mempelajari …" is the purpose of going to X)
            # ("ngangsu kaweruh", Javanese for menimba ilmu, is written so in Indonesian reports)
            # (a word of aspect or wish may stand before the verb, as before the trip's verbs above: "DPRD A
            # kembali menimba ilmu …", "Pemkab B ingin mempelajari …", "Pemkot C akan belajar …")
            r"|(?:\([^)]*\)\s*)?(?:(?:kembali|akan|sedang|tengah|kini|juga|pun|bakal|sempat|pernah|telah|sudah"
            r"|ingin|hendak|berencana)\s+)?(?:mempelajari|belajar|menimba|menggali|ngangsu)\b"
            # ... and in a headline's clipped verbs, capitalised without their prefix: "Pemkot X Pelajari …",
            # "Pemkab Y Timba Ilmu ke …", "DPRD Z Kunjungi …"
            r"|(?-i:Pelajari|Timba\s+Ilmu|Kunjungi|Sambangi|Datangi)\b"
            # ... and the headline's clipped verbs of sending a group off: "Bupati A Berangkatkan 37 Kepala Kampung",
            # "Wali Kota B Lepas Delapan ASN" (the sender's head its subject, as "memberangkatkan", "melepas" above)
            r"|(?-i:Berangkatkan|Lepas|Utus)\s+(?:\d{1,4}|(?-i:[A-Z])\w*)\b)",
            _I,
        ),
        2,
    ),
]

# a place named only as where a THING goes: the subject or object of the verb before "ke X" is a letter, an answer,
# a product, aid, data, waste ("jawaban itu akan kami kirim ke DPRD Kabupaten A", "hasil panen dikirim ke Kota B",
# "laporannya disampaikan kepada Pemkab C", "sampah plastik dijual ke D"): no one travels there. A verb that takes
# only goods ("dijual", "diekspor", "dipasarkan", "dipasok", "didistribusikan") says so alone; a verb that sends
# people as well ("dikirim", "diteruskan", "disalurkan") needs the thing named in its clause ("peserta dikirim ke
# E", "rombongan meneruskan perjalanan ke F" are trips)
THINGS = (
    r"surat|jawaban|tanggapan|balasan|hasil|laporan|data|dokumen|berkas|naskah|draf|draft|usulan|usul|proposal|rekomendasi|aspirasi"
    r"|produk|barang|sampah|limbah|air|kayu|kelapa|komoditas|rilis|pertanyaan|masukan|catatan|kesimpulan"
    r"|raperda|bantuan|logistik|beras|ikan|sayur(?:an)?|buah(?:-buahan)?|minyak|obat|vaksin|paket|kiriman|sumbangan|donasi"
)
# (each verb by its passive and its active form: "dikirim"/"mengirim", "disalurkan"/"menyalurkan")
_GOODS_ONLY = (
    r"(?:dijual|menjual|diekspor|mengekspor|dipasarkan|memasarkan|dipasok|memasok|didistribusikan|mendistribusikan)"
)
_SENDS = (
    r"(?:(?:di|ter)?kirim|mengirim|(?:di)?teruskan|meneruskan|(?:di)?salurkan|menyalurkan|(?:di)?sampaikan|menyampaikan"
    r"|(?:di)?serahkan|menyerahkan|(?:di)?ajukan|mengajukan|(?:di)?laporkan|melaporkan|(?:di)?usulkan|mengusulkan)"
    r"(?:kan|nya)?"
)
# (the unit the thing goes to before its region: "ke DPRD Kabupaten A", "kepada Dinas Pertanian Kota B")
_THING_GOES_TO = r"\s+(?:[\w-]+\s+){0,3}?(?:ke|kepada)\s+(?:(?-i:[A-Z])[\w().&-]*\s+){0,6}$"
THING_SENT = re.compile(
    r"\b(?:"
    + _GOODS_ONLY
    + _THING_GOES_TO
    # the thing before the verb (its subject, or its object put first): "hasil panen dikirim ke", "jawaban itu akan
    # kami kirim ke"
    + r"|(?:"
    + THINGS
    + r")(?:nya)?\b(?:\s+[\w-]+){0,5}?\s+"
    + _SENDS
    + _THING_GOES_TO
    # ... or after it, its object: "mengirimkan surat ke", "menyampaikan hasil kajian kepada"
    + r"|"
    + _SENDS
    + r"\s+(?:[\w-]+\s+){0,2}?(?:"
    + THINGS
    + r")(?:nya)?\b"
    + _THING_GOES_TO
    + r")",
    _I,
)
# the verbs' stems, a cheap test before the pattern
THING_SENT_NEEDLES = (
    "irim",
    "erus",
    "alurkan",
    "ampaikan",
    "erahkan",
    "ajukan",
    "laporkan",
    "usulkan",
    "jual",
    "ekspor",
    "asarkan",
    "asok",
    "distribusi",
)
