"""Hard negatives of the allotment / seed-library world: no secret anywhere."""
import base64, hashlib, random
import common211 as C

SEED = 21106
R = C.rs
A, H, U = C.B62, C.HEXL, C.B64U


def damm_ref(rng):
    body = "%d%05d" % (rng.randint(1, 9), rng.randint(0, 99999))
    return "TA-2025-" + body + C.damm_digit(body)


def isbn13(rng):
    d12 = "978" + "".join(rng.choice("0123456789") for _ in range(9))
    return d12 + C.ean13_digit(d12)


def bcrypt_like(rng):
    return "$2b$12$" + R(rng, "./" + A, 53)


def sha256hex(rng):
    return hashlib.sha256(C.rbytes(rng, 40)).hexdigest()


def fp(rng):
    return "SHA256:" + base64.b64encode(hashlib.sha256(C.rbytes(rng, 51)).digest()).decode().rstrip("=")


def plot(rng):
    return "%d%s" % (rng.randint(1, 80), rng.choice("ABCD"))


K = {}


def kind(name):
    def deco(f):
        K[name] = f
        return f
    return deco

# 1 ------------------------------------------------------------------------


@kind("tenancy_agreement_pdf_text")
def _(r):
    return ("TENANCY AGREEMENT (ALLOTMENT GARDEN)\nAgreement no. %s   Plot %s   Site: Oakfield\nRent year 1 Oct 2025 - 30 Sep 2026. The tenant shall keep the plot clean and in a good state of cultivation.\nCheck digit verified (Damm) - quote the agreement no. on all correspondence.\n" % (damm_ref(r), plot(r)))


@kind("plot_register_csv")
def _(r):
    rows = "\n".join("%s,%s,%s,%s" % (plot(r), damm_ref(r), r.choice(["let", "vacant", "notice"]), r.choice(["half", "full", "quarter"])) for _ in range(4))
    return "plot,agreement_no,status,size\n" + rows + "\n"

# 2


@kind("meter_reading_sheet")
def _(r):
    return "".join("Trough %d  meter %s-%07d  reading %05d m3  read by %s\n" % (i + 1, r.choice(["ELS", "KAM", "SEN"]), r.randint(0, 9999999), r.randint(100, 9999), r.choice(C.PUBLIC_USERS)) for i in range(4))


@kind("water_charge_invoice_lines")
def _(r):
    return "Water charge 2025 - plot %s\nMeter serial %s%08d, opening %05d, closing %05d, %d m3 x 1.52 = GBP %d.%02d\nInvoice WC-%06d\n" % (plot(r), r.choice(["ELS", "SEN"]), r.randint(0, 99999999), r.randint(100, 900), r.randint(901, 2000), r.randint(2, 40), r.randint(3, 60), r.randint(0, 99), r.randint(0, 999999))

# 3


@kind("seed_packet_back_label_ocr")
def _(r):
    return "SOW BY END %02d/2027\nLot: L%02d-%04d-%s  Germination: %d%%  Packed for 2026\nCultivar: %s   Net 2.%dg\n" % (r.randint(1, 12), r.randint(22, 25), r.randint(0, 9999), r.choice("ABCDEF"), r.randint(70, 98), r.choice(["Boltardy", "Musselburgh", "Tendergreen", "Early Nantes"]), r.randint(0, 9))


@kind("seed_stock_inventory_csv")
def _(r):
    return "variety,lot,germ_pct,packets\n" + "".join("%s,L%02d-%04d-%s,%d,%d\n" % (r.choice(["Kale Nero", "Sweet pea Matucana", "Broad bean Aquadulce", "Chard Bright Lights"]), r.randint(22, 25), r.randint(0, 9999), r.choice("ABCDEF"), r.randint(60, 99), r.randint(1, 40)) for _ in range(4))

# 4


@kind("seed_library_book_shelf_list")
def _(r):
    return "".join("SL-%06d  ISBN %s  %s\n" % (r.randint(0, 999999), isbn13(r), r.choice(["Seed saving handbook", "The allotment year", "Heritage vegetables", "No-dig gardening"])) for _ in range(4))


@kind("loan_slip_printout")
def _(r):
    return "OAKFIELD SEED LIBRARY - LOAN SLIP\nBorrower card %010d\nItem SL-%06d  ISBN %s  due back %02d/%02d/2026\nSeeds: return one packet per packet borrowed.\n" % (r.randint(0, 9999999999), r.randint(0, 999999), isbn13(r), r.randint(1, 28), r.randint(1, 12))

# 5


@kind("key_register_sheet")
def _(r):
    return "".join("Key tag K-%03d  Shed %s  lock ABUS %d/%d  cut no. %s  holder: %s\n" % (r.randint(1, 400), r.choice("ABCDEFG"), r.choice([55, 64, 83]), r.choice([40, 50, 60]), R(r, "0123456789", 5), r.choice(C.PUBLIC_USERS)) for _ in range(4))


@kind("padlock_order_confirmation")
def _(r):
    return "Order %d-%07d confirmed\n3 x ABUS 83/50 keyed alike, key number KA%04d\n1 x Squire SS50CS, serial %s\nDelivery to: Oakfield Allotments shed B\n" % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999), R(r, C.UPALNUM, 9))

# 6


@kind("gocardless_payout_report_csv")
def _(r):
    return "payment_id,mandate_id,payout_id,amount,reference\n" + "".join("PM%s,MD%s,PO%s,%d.00,PLOT%s-2025\n" % (R(r, C.UPALNUM, 12), R(r, C.UPALNUM, 12), R(r, C.UPALNUM, 12), r.randint(20, 90), plot(r)) for _ in range(3))


@kind("rent_reminder_email_footer")
def _(r):
    return "Your rent of GBP %d.00 for plot %s will be collected by Direct Debit on or after 01/10/2025.\nMandate reference: OAKFIELD-%s\nService user number: %06d\n" % (r.randint(20, 90), plot(r), R(r, C.UPALNUM, 8), r.randint(0, 999999))

# 7


@kind("annual_return_summary")
def _(r):
    return "Annual return 2024/25\nRegistered charity number %d (CIO)\nIncome GBP %d, expenditure GBP %d\nGift Aid reference %s%05d\n" % (r.randint(1100000, 1209999), r.randint(4000, 20000), r.randint(3000, 19000), R(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 2), r.randint(0, 99999))


@kind("grant_application_form_text")
def _(r):
    return "Applicant: Oakfield Allotment Society\nCompany no. %08d   Charity no. %d   VAT GB%09d\nProject ref GRT-%04d-%s   Amount requested GBP %d\n" % (r.randint(0, 19999999), r.randint(1100000, 1209999), r.randint(0, 999999999), r.randint(0, 9999), R(r, C.UPALNUM, 4), r.randint(500, 9000))

# 8


@kind("plot_map_embed_html")
def _(r):
    return ('<div id="map" data-mapbox-token="pk.%s.%s"></div>\n<div class="g-recaptcha" data-sitekey="6L%s"></div>\n<div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s"></div>\n' % (C.b64u(('{"u":"oakfield","a":"%s"}' % R(r, C.LOWALNUM, 25)).encode()), R(r, A, 22), R(r, U, 38), R(r, U, 14)))


@kind("donate_page_public_config_json")
def _(r):
    return '{\n  "stripePublishableKey": "pk_live_51%s",\n  "mailchimpForm": {"u": "%s", "id": "%s"},\n  "paypalClientId": "A%s"\n}\n' % (R(r, A, 97), R(r, H, 25), R(r, H, 10), R(r, U, 79))

# 9


@kind("env_sample_file")
def _(r):
    return "# .env.sample - copy to .env and fill in\nTOOLSTORE_LOCK_TOKEN=tsl_<your token here>\nROTA_FEED_TOKEN=wpf_XXXXXXXXXXXXXXXXXXXX\nRENT_LEDGER_DB_PASSWORD=\nSHOW_ENTRIES_API_KEY=${SHOW_ENTRIES_API_KEY:?set me}\nTREASURER_TOTP_SECRET=<base32 seed from the bank app>\n"


@kind("install_guide_markdown")
def _(r):
    return "## Setting up the waiting-list site\n\n1. Set `WAITLIST_ADMIN_PASSWORD` to something long (see the committee policy).\n2. Put the water webhook secret in `WATER_WEBHOOK_SECRET` - it looks like `wmh_...`.\n3. Example only: `SESSION_JWT=eyJhbGciOi...` (never paste a real one).\n"

# 10


@kind("rota_worker_journal")
def _(r):
    return "Mar %02d 06:00:0%d rota-worker[%d]: loaded config token=wpf_****%s secret=[MASKED]\nMar %02d 06:00:0%d rota-worker[%d]: feed refreshed for %d volunteers\n" % (r.randint(1, 28), r.randint(1, 9), r.randint(1000, 9999), R(r, C.B58, 4), r.randint(1, 28), r.randint(1, 9), r.randint(1000, 9999), r.randint(10, 80))


@kind("deploy_job_masked_log")
def _(r):
    return "$ echo \"deploying with $SHOW_ENTRIES_API_KEY\"\ndeploying with [MASKED]\n$ ./deploy.sh --token ***\nLock bridge token: tsl_\u2022\u2022\u2022\u2022\u2022\u2022%s\nJob succeeded\n" % R(r, A, 4)

# 11


@kind("compose_secrets_file_refs")
def _(r):
    return "services:\n  plots:\n    image: ghcr.io/oakfield/plots:2.%d\n    secrets: [ledger_db, lock_token]\nsecrets:\n  ledger_db:\n    file: ./secrets/ledger_db.txt\n  lock_token:\n    external: true\n" % r.randint(0, 30)


@kind("systemd_loadcredential_unit")
def _(r):
    return "[Service]\nLoadCredential=ledger-db:/etc/credstore/ledger-db\nExecStartPre=/usr/bin/op read op://Allotments/ledger-db/credential --out-file %%d/x\nEnvironment=VAULT_PATH=secret/data/allotments/show-entries\n# also: aws secretsmanager get-secret-value --secret-id arn:aws:secretsmanager:eu-west-2:%012d:secret:plots-%s\n" % (r.randint(0, 999999999999), R(r, A, 6))

# 12


@kind("members_table_sql_dump")
def _(r):
    return "INSERT INTO members (id, email, password_hash) VALUES\n" + ",\n".join("(%d, '%s@oakfield.example', '%s')" % (r.randint(1, 400), r.choice(C.PUBLIC_USERS), bcrypt_like(r)) for _ in range(3)) + ";\n"


@kind("shadow_excerpt")
def _(r):
    return "".join("%s:$y$j9T$%s$%s:%d:0:99999:7:::\n" % (u, R(r, "./" + A, 22), R(r, "./" + A, 43), r.randint(19000, 20300)) for u in r.sample(C.PUBLIC_USERS, 3))

# 13


@kind("age_armored_file")
def _(r):
    body = base64.b64encode(C.rbytes(r, 150)).decode()
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END AGE ENCRYPTED FILE-----\n"


@kind("pgp_encrypted_email_body")
def _(r):
    body = base64.b64encode(C.rbytes(r, 180)).decode()
    return "Subject: rent arrears list (encrypted)\n\n-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n=%s\n-----END PGP MESSAGE-----\n" % R(r, A, 4)

# 14


@kind("agm_minutes_extract")
def _(r):
    return "Item %d - IT and accounts. The secretary reported that the waiting-list site password was changed after the handover and is held in the society's password manager. Members agreed that passwords must never be sent by text or put in the newsletter. Action: treasurer to turn on two-factor login for the bank.\n" % r.randint(4, 12)


@kind("volunteer_it_guide_page")
def _(r):
    return "Volunteer IT guide\n- Never share your login; ask the lettings officer for your own account.\n- A good password is three or four random words, e.g. pick them with dice.\n- If you think a password has leaked, tell the chair - we rotate it the same day.\n- Shed key codes are changed every %d months.\n" % r.randint(3, 12)

# 15


@kind("soil_lab_report_text")
def _(r):
    return "Sample %s/%05d  Plot %s\npH %.1f  P index %d  K index %d  Mg index %d  Organic matter %.1f%%\nLab ref %s\n" % (R(r, C.UPALNUM[:26], 3), r.randint(0, 99999), plot(r), r.uniform(5.5, 7.8), r.randint(0, 5), r.randint(0, 5), r.randint(0, 5), r.uniform(2, 9), R(r, C.UPALNUM, 10))


@kind("ph_and_npk_spreadsheet_csv")
def _(r):
    return "plot,ph,n_ppm,p_ppm,k_ppm,sample_id\n" + "".join("%s,%.1f,%d,%d,%d,%s\n" % (plot(r), r.uniform(5.5, 7.8), r.randint(5, 80), r.randint(5, 80), r.randint(50, 400), R(r, H, 12)) for _ in range(4))

# 16


@kind("show_schedule_entry_form")
def _(r):
    return "ANNUAL PRODUCE SHOW - ENTRY FORM\nExhibitor no. %03d\nClass %d  Heaviest marrow\nClass %d  Three matching onions (dressed)\nClass %d  Five pods runner beans\nEntry fee 50p per class\n" % (r.randint(1, 200), r.randint(1, 20), r.randint(21, 40), r.randint(41, 60))


@kind("judges_results_sheet")
def _(r):
    return "".join("Class %d: 1st exhibitor %03d, 2nd %03d, 3rd %03d  (card %s)\n" % (r.randint(1, 60), r.randint(1, 200), r.randint(1, 200), r.randint(1, 200), R(r, C.UPALNUM, 6)) for _ in range(4))

# 17


@kind("public_calendar_links_page")
def _(r):
    return "Public events calendar (anyone can subscribe):\nhttps://calendar.google.com/calendar/ical/%s%%40group.calendar.google.com/public/basic.ics\nOpen days: https://oakfield-allotments.example/events.ics\n" % R(r, H, 26)


@kind("newsletter_feed_config")
def _(r):
    return "feeds:\n  - https://oakfield-allotments.example/news/rss.xml\n  - https://seedlib.example/catalogue/new-arrivals.atom?lang=en&page=%d\n  - https://www.youtube.com/feeds/videos.xml?channel_id=UC%s\n" % (r.randint(1, 9), R(r, U, 22))

# 18


@kind("compose_image_pins")
def _(r):
    return "services:\n  plots:\n    image: ghcr.io/oakfield/plots@sha256:%s\n  db:\n    image: postgres:16@sha256:%s\n" % (sha256hex(r), sha256hex(r))


@kind("release_notes_changelog")
def _(r):
    return "## 2.%d.0\n- Waiting list: show position to applicants (%s)\n- Seed loans: overdue reminders (%s)\nSHA-256 of plots-2.tar.gz: %s\n" % (r.randint(0, 30), R(r, H, 40), R(r, H, 7), sha256hex(r))

# 19


@kind("site_address_register_csv")
def _(r):
    return "site,uprn,usrn,postcode\n" + "".join("%s,%012d,%08d,%s%d %d%s\n" % (r.choice(["Oakfield", "Hollybush", "Meadowbank", "Brookside"]), r.randint(10000000000, 99999999999), r.randint(10000000, 99999999), r.choice(["OX", "LS", "BS", "NR"]), r.randint(1, 29), r.randint(1, 9), R(r, "ABDEFGHJLNPQRSTUWXYZ", 2)) for _ in range(4))


@kind("council_lease_schedule")
def _(r):
    return "SCHEDULE 1 - THE PROPERTY\nLand at Oakfield Lane, UPRN %012d, title number %s%06d, edged red on plan ref LP/%04d/%s.\nTerm: 25 years from 1 April 2021.\n" % (r.randint(10000000000, 99999999999), R(r, "ABCDEFGHJKLMNOPQRSTUVWXYZ", 2), r.randint(0, 999999), r.randint(0, 9999), R(r, C.UPALNUM, 3))

# 20


@kind("ssh_first_connect_prompt")
def _(r):
    return "$ ssh %s@shed-pi.lan\nThe authenticity of host 'shed-pi.lan (192.168.40.%d)' can't be established.\nED25519 key fingerprint is %s.\nAre you sure you want to continue connecting (yes/no/[fingerprint])? yes\n" % (r.choice(C.PUBLIC_USERS), r.randint(2, 250), fp(r))


@kind("server_handover_notes")
def _(r):
    return "Server handover (seedlib VPS)\nHost key fingerprints to check on first login:\n  ED25519 %s\n  RSA     %s\nLogins are by SSH key only; ask the chair to add yours.\n" % (fp(r), fp(r))


CLASSES = [
    ("plot_tenancy_refs_damm_checked", ["tenancy_agreement_pdf_text", "plot_register_csv"], "tenancy agreement numbers with a real Damm check digit, plot numbers"),
    ("water_meter_serials_and_readings", ["meter_reading_sheet", "water_charge_invoice_lines"], "water-meter serials, readings, invoice numbers"),
    ("seed_packet_lot_codes", ["seed_packet_back_label_ocr", "seed_stock_inventory_csv"], "seed lot codes, germination rates, sow-by dates"),
    ("seed_library_isbn13_and_accessions", ["seed_library_book_shelf_list", "loan_slip_printout"], "ISBN-13s with real check digits, accession and borrower-card numbers"),
    ("shed_key_tag_and_lock_model_numbers", ["key_register_sheet", "padlock_order_confirmation"], "key-tag numbers, key cut numbers, padlock models and serials"),
    ("direct_debit_mandate_and_payment_ids", ["gocardless_payout_report_csv", "rent_reminder_email_footer"], "GoCardless `PM` / `MD` / `PO` ids, mandate references, service user numbers"),
    ("charity_and_company_register_numbers", ["annual_return_summary", "grant_application_form_text"], "charity, company and VAT numbers, Gift Aid and grant references"),
    ("public_site_and_widget_keys", ["plot_map_embed_html", "donate_page_public_config_json"], "Mapbox `pk.`, reCAPTCHA and Turnstile site keys, Stripe `pk_live_`, Mailchimp form ids, PayPal client id"),
    ("placeholder_values_in_plot_docs", ["env_sample_file", "install_guide_markdown"], "`tsl_<…>`, `wpf_XXXX…`, empty values, `${…:?…}`, `<…>`, `wmh_...`, `eyJhbGciOi...`"),
    ("masked_values_in_rota_worker_logs", ["rota_worker_journal", "deploy_job_masked_log"], "`wpf_****` + 4, `[MASKED]`, `***`, bullets + 4 characters"),
    ("keyring_and_vault_pointers", ["compose_secrets_file_refs", "systemd_loadcredential_unit"], "Compose secrets, systemd `LoadCredential`, `op://`, Vault paths, Secrets Manager ARNs"),
    ("bcrypt_and_yescrypt_hashes", ["members_table_sql_dump", "shadow_excerpt"], "`$2b$` bcrypt and `$y$` yescrypt strings (random in frame; the column is `password_hash`)"),
    ("age_and_pgp_armoured_ciphertext", ["age_armored_file", "pgp_encrypted_email_body"], "ASCII-armoured age files and PGP messages (random bytes in frame)"),
    ("committee_prose_on_account_hygiene", ["agm_minutes_extract", "volunteer_it_guide_page"], "minutes and guides about passwords with no password in them"),
    ("soil_test_lab_results", ["soil_lab_report_text", "ph_and_npk_spreadsheet_csv"], "soil sample ids, pH and nutrient indices, lab references"),
    ("produce_show_entry_cards", ["show_schedule_entry_form", "judges_results_sheet"], "exhibitor and class numbers, prize-card codes"),
    ("public_ical_and_rss_feed_urls", ["public_calendar_links_page", "newsletter_feed_config"], "public Google Calendar iCal ids, RSS / Atom feeds, YouTube channel ids"),
    ("container_image_and_commit_digests", ["compose_image_pins", "release_notes_changelog"], "`sha256:` image digests, commit ids, release checksums (real digests of random bytes)"),
    ("uprn_and_postcode_identifiers", ["site_address_register_csv", "council_lease_schedule"], "UPRNs, USRNs, postcodes, Land Registry title numbers"),
    ("ssh_host_key_fingerprints", ["ssh_first_connect_prompt", "server_handover_notes"], "`SHA256:` host-key fingerprints (real SHA-256 of random bytes)"),
]
WRAPPERS = [
    (None, lambda t, r: t),
    ("in_plot_committee_signal_thread", lambda t, r: "Signal - Plot committee\n%s: have a look at this\n%s\n%s: thanks, looks fine\n" % (r.choice(["Jo", "Raj", "Mavis"]), t.rstrip("\n"), r.choice(["Ola", "Femi", "Tomasz"]))),
    ("in_seedlib_gitea_issue", lambda t, r: "Issue #%d: question about this output\n\n```\n%s\n```\n\nLabels: question\n" % (r.randint(10, 400), t.rstrip("\n"))),
    ("in_council_liaison_email", lambda t, r: "From: allotments@council.example\nSubject: Re: site records\n\nDear Secretary,\n\n%s\n\nKind regards,\nParks and Allotments Team\n" % t.rstrip("\n")),
    ("in_allotment_wiki_page", lambda t, r: "= Records =\n''Last edited by %s''\n\n%s\n\n[[Category:Committee]]\n" % (r.choice(C.PUBLIC_USERS), t.rstrip("\n"))),
]


def generate(forbidden):
    """forbidden: registered strings (len >= 6) that must not occur in any negative."""
    rng = random.Random(SEED)
    recs, seen = [], set()
    for cname, kinds, _d in CLASSES:
        for k in kinds:
            for wname, wrap in WRAPPERS:
                for _ in range(100):
                    t = wrap(K[k](rng), rng)
                    if t in seen or any(f in t for f in forbidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed " + k)
                seen.add(t)
                recs.append({"id": None, "class": cname, "container": k if wname is None else k + "__" + wname,
                             "text": t, "source": "negative"})
    return recs
