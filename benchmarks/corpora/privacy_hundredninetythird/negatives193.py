"""Hard negatives of the bookshop world: no secret in any text."""
import base64
import hashlib
import random

from common193 import (ALNUM, B62, HEXL, HEXU, LOWALNUM, UPALNUM, DIGITS, UPPER, LOWER, B64STD, rs, rbytes, uuid4,
                       luhn_digit, ean13_digit, upc12_digit, isbn10_digit, issn_digit, s10_digit, san_digit,
                       bech32_encode, b64std)

SEED = 19306

TITLES = ["The Salt Path", "Middlemarch", "A Gentleman in Moscow", "Watchmen", "Saga Vol. 1", "The Overstory",
          "Piranesi", "Dune", "Persepolis", "Wolf Hall", "The Hobbit", "Maus", "Small Things Like These",
          "Stoner", "Klara and the Sun", "Sandman Vol. 2", "Bleak House", "Circe", "Heartstopper 3", "Ulysses"]


def isbn13(r):
    body = r.choice(["978", "979"]) + rs(r, DIGITS, 9)
    return body + ean13_digit(body)


def isbn10(r):
    body = rs(r, DIGITS, 9)
    return body + isbn10_digit(body)


def gln(r):
    body = "50" + rs(r, DIGITS, 10)
    return body + ean13_digit(body)


def sha256_rand(r):
    return hashlib.sha256(rbytes(r, 64)).hexdigest()


def md5_rand(r):
    return hashlib.md5(rbytes(r, 64)).hexdigest()


# ---------------------------------------------------------------- class generators (two base kinds each)

def k_stock_csv(r):
    rows = ["isbn13,isbn10,title,on_hand,on_order,location"]
    for _ in range(4):
        body = "978" + rs(r, DIGITS, 9)
        i13 = body + ean13_digit(body)
        i10b = body[3:12]
        rows.append("%s,%s,%s,%d,%d,%s" % (i13, i10b + isbn10_digit(i10b), r.choice(TITLES), r.randint(0, 12), r.randint(0, 6),
                                            "B%02d-L%d" % (r.randint(1, 30), r.randint(1, 6))))
    return "\n".join(rows) + "\n"


def k_onix(r):
    i = isbn13(r)
    return ("<Product>\n  <RecordReference>com.wholesaler.%s</RecordReference>\n  <NotificationType>03</NotificationType>\n"
            "  <ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>%s</IDValue></ProductIdentifier>\n"
            "  <ProductIdentifier><ProductIDType>03</ProductIDType><IDValue>%s</IDValue></ProductIdentifier>\n"
            "  <DescriptiveDetail><TitleDetail><TitleType>01</TitleType><TitleElement><TitleText>%s</TitleText></TitleElement></TitleDetail></DescriptiveDetail>\n"
            "</Product>\n" % (i, i, i, r.choice(TITLES)))


def k_issn_log(r):
    b = rs(r, DIGITS, 7)
    issn = b[:4] + "-" + b[4:] + issn_digit(b)
    ean_body = "977" + b + "00"
    ean = ean_body + ean13_digit(ean_body)
    return ("Periodicals received %02d/03\nISSN %s  EAN %s  add-on %02d  qty %d\nSupplier ref MAG-%06d\n"
            % (r.randint(1, 28), issn, ean, r.randint(1, 52), r.randint(2, 10), r.randint(0, 999999)))


def k_comic_upc(r):
    rows = ["upc,addon,series,issue,cover"]
    for _ in range(3):
        body = "7" + rs(r, DIGITS, 10)
        upc = body + upc12_digit(body)
        rows.append("%s,%03d%d%d,%s,%d,%s" % (upc, r.randint(1, 120), r.randint(1, 9), r.randint(1, 3), r.choice(
            ["Saga", "Monstress", "Something Is Killing the Children", "Paper Girls", "Giant Days"]), r.randint(1, 90),
            r.choice("ABCD")))
    return "\n".join(rows) + "\n"


def k_edifact(r):
    return ("UNA:+.? '\nUNB+UNOC:3+%s:14+%s:14+250301:%04d+%05d'\nUNH+1+ORDERS:D:96A:UN:EAN008'\nBGM+220+PO%06d+9'\n"
            "LIN+1++%s:EN'\nQTY+21:%d'\nUNT+5+1'\nUNZ+1+%05d'\n"
            % (gln(r), gln(r), r.randint(800, 1800), r.randint(1, 99999), r.randint(0, 999999), isbn13(r), r.randint(1, 12),
               r.randint(1, 99999)))


def k_x12(r):
    return ("ISA*00*          *00*          *ZZ*BOOKSHOP01     *ZZ*WHOLESALE      *250301*%04d*U*00401*%09d*0*P*>~\n"
            "ST*850*%04d~\nBEG*00*SA*PO%06d**20250301~\nPO1*1*%d*EA*%d.99**IB*%s~\nSE*4*%04d~\n"
            % (r.randint(800, 1800), r.randint(1, 999999999), r.randint(1, 9999), r.randint(0, 999999), r.randint(1, 20),
               r.randint(5, 40), isbn10(r), r.randint(1, 9999)))


def _san(r):
    b = rs(r, DIGITS, 6)
    d = b + san_digit(b)
    return d[0:3] + "-" + d[3:7]


def k_partner_dir(r):
    rows = ["partner,san,gln,edi_qualifier,van"]
    for name in r.sample(["Gardners", "Bertrams", "Ingram UK", "Baker & Taylor", "Lunar", "Diamond UK", "Central Books"], 3):
        rows.append("%s,%s,%s,14,%s" % (name, _san(r), gln(r), r.choice(["Tradacoms", "EDIFACT", "BIC Realtime"])))
    return "\n".join(rows) + "\n"


def k_setup_letter(r):
    return ("Dear bookseller,\n\nYour trade account is now open. Your SAN is %s and your GLN is %s.\n"
            "Quote account reference ACC-%06d on all correspondence. Your login details will be sent separately.\n"
            % (_san(r), gln(r), r.randint(0, 999999)))


def _s10(r):
    serial = rs(r, DIGITS, 8)
    return r.choice(["RR", "LX", "CP", "RB"]) + serial + s10_digit(serial) + "GB"


def k_dispatch_email(r):
    return ("Your special order SO-%05d has been dispatched.\nTracking number: %s\nItems: %s (ISBN %s)\n"
            % (r.randint(10000, 99999), _s10(r), r.choice(TITLES), isbn13(r)))


def k_courier_csv(r):
    rows = ["consignment,tracking,service,weight_g,postcode"]
    for _ in range(3):
        rows.append("CN%07d,%s,%s,%d,%s" % (r.randint(0, 9999999), _s10(r), r.choice(["TRK48", "SD1", "INTL"]),
                                            r.randint(200, 4000), r.choice(["LS6 2QH", "BN1 1AE", "EH8 9YL", "CF10 3AT"])))
    return "\n".join(rows) + "\n"


def k_pull_csv(r):
    rows = ["subscriber_id,box,series_id,item_code,foc_date,qty"]
    for _ in range(4):
        rows.append("SUB-%05d,%d,SER%04d,%s%s%04d,2025-%02d-%02d,%d" % (
            r.randint(1, 99999), r.randint(1, 120), r.randint(1, 9999), r.choice(["JAN", "FEB", "MAR", "APR"]),
            r.choice(["24", "25"]), r.randint(1, 9999), r.randint(1, 12), r.randint(1, 28), r.randint(1, 3)))
    return "\n".join(rows) + "\n"


def k_foc_email(r):
    return ("Hi! Final order cutoff for items shipping on %02d April is Sunday. Your pull box #%d has %d titles;\n"
            "add variants by replying with the item code (e.g. %s%s%04d). Subscriber ref SUB-%05d.\n"
            % (r.randint(1, 28), r.randint(1, 120), r.randint(2, 15), r.choice(["MAR", "APR"]), "25", r.randint(1, 9999),
               r.randint(1, 99999)))


def k_dealer_catalogue(r):
    return ("%d. [%s]. London: printed for J. Dodsley, 17%02d. 8vo, pp. [viii], %d; contemporary calf, rebacked.\n"
            "ESTC T%06d. Stock no. AB-%05d. £%d\n" % (r.randint(1, 300), r.choice(TITLES), r.randint(40, 99),
                                                     r.randint(100, 480), r.randint(0, 999999), r.randint(0, 99999),
                                                     r.randint(80, 2400)))


def k_listing_tsv(r):
    rows = ["listing_id\tsku\tisbn\tcondition\tprice"]
    for _ in range(3):
        rows.append("%d\tSH-%s\t%s\t%s\t%d.%02d" % (r.randint(10 ** 10, 10 ** 11), rs(r, UPALNUM, 6), isbn13(r),
                                                   r.choice(["Very Good", "Good", "Fine", "Acceptable"]), r.randint(3, 90),
                                                   r.randint(0, 99)))
    return "\n".join(rows) + "\n"


def k_amazon_orders(r):
    rows = ["amazon-order-id\tasin\tsku\tquantity-purchased\titem-price"]
    for _ in range(3):
        rows.append("%03d-%07d-%07d\t%s\tUB-%s\t1\t%d.%02d" % (r.randint(200, 299), r.randint(0, 9999999),
                                                               r.randint(0, 9999999), isbn10(r), rs(r, UPALNUM, 8),
                                                               r.randint(3, 60), r.randint(0, 99)))
    return "\n".join(rows) + "\n"


def k_ebay_sold(r):
    rows = ["item_id,transaction_id,order_number,title,sold_for"]
    for _ in range(3):
        rows.append("%d,%d,%02d-%05d-%05d,%s,%d.%02d" % (r.randint(10 ** 11, 10 ** 12 - 1), r.randint(10 ** 12, 10 ** 13 - 1),
                                                         r.randint(1, 27), r.randint(0, 99999), r.randint(0, 99999),
                                                         r.choice(TITLES), r.randint(3, 200), r.randint(0, 99)))
    return "\n".join(rows) + "\n"


def k_cgc_invoice(r):
    return ("Submission %d - Modern Tier - %d books\nCert %d%03d  %s #%d  9.%d  White pages\nCert %d%03d  %s #%d  8.%d  Off-white to white\n"
            % (r.randint(10 ** 6, 10 ** 7), 2, r.randint(10 ** 6, 10 ** 7), r.randint(1, 999), r.choice(["Saga", "Spawn", "X-Men"]),
               r.randint(1, 300), r.choice([2, 4, 6, 8]), r.randint(10 ** 6, 10 ** 7), r.randint(1, 999),
               r.choice(["Batman", "Hellboy", "Invincible"]), r.randint(1, 300), r.choice([0, 5])))


def k_slab_json(r):
    return ('{"slabs": [{"cert": "%d%03d", "grader": "%s", "grade": %d.%d, "label": "universal", "shelf": "case-%d"}]}\n'
            % (r.randint(10 ** 6, 10 ** 7), r.randint(1, 999), r.choice(["CGC", "CBCS", "PGX"]), r.randint(6, 9),
               r.choice([0, 2, 4, 5, 6, 8]), r.randint(1, 4)))


def _card(r):
    body = "6034" + rs(r, DIGITS, 11)
    return body + luhn_digit(body)


def k_club_export(r):
    rows = ["member_no,card_number,joined,visits"]
    for _ in range(3):
        rows.append("M%05d,%s,2024-%02d-%02d,%d" % (r.randint(0, 99999), _card(r), r.randint(1, 12), r.randint(1, 28), r.randint(1, 40)))
    return "\n".join(rows) + "\n"


def k_till_receipt(r):
    return ("THE BOOK NOOK\n%s   £%d.%02d\nBook club card: %s\nStamps this visit: 1  (%d/10)\nTXN %06d  TILL 2\n"
            % (r.choice(TITLES), r.randint(5, 30), r.randint(0, 99), _card(r), r.randint(1, 9), r.randint(0, 999999)))


def k_zpl(r):
    body = isbn13(r)
    gf = rs(r, HEXU, 96)
    return ("^XA\n^CF0,24\n^FO20,20^FD%s^FS\n^FO20,60^BY2^BEN,60,Y,N^FD%s^FS\n^FO300,20^GFA,48,48,6,%s^FS\n^FO20,150^FD£%d.%02d^FS\n^XZ\n"
            % (r.choice(TITLES), body, gf, r.randint(5, 30), r.randint(0, 99)))


def k_label_queue(r):
    return ('{"queue": "shelf-labels", "job_id": "%s", "printer": "labels-front", "items": [{"isbn": "%s", "copies": %d}]}\n'
            % (uuid4(r), isbn13(r), r.randint(1, 4)))


def k_ticket_scan(r):
    lines = []
    for _ in range(3):
        lines.append("%02d:%02d:%02d scan ok ticket=EVT%04d-%05d sig=%s door=main"
                     % (r.randint(18, 19), r.randint(0, 59), r.randint(0, 59), r.randint(1, 9999), r.randint(0, 99999),
                        base64.urlsafe_b64encode(rbytes(r, 16)).decode().rstrip("=")))
    return "# per-ticket signatures (outputs, not the signing key)\n" + "\n".join(lines) + "\n"


def k_attendee_csv(r):
    rows = ["Order #,Barcode #,Ticket Type,Attendee Status"]
    for _ in range(3):
        rows.append("%d,%d%s,General Admission,Checked In" % (r.randint(10 ** 9, 10 ** 10), r.randint(10 ** 9, 10 ** 10),
                                                              rs(r, DIGITS, 9)))
    return "\n".join(rows) + "\n"


def k_checkout_html(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_%s');\n"
            "  const search = algoliasearch('%s', '%s'); // search-only key\n</script>\n"
            % (rs(r, ALNUM, 99), rs(r, UPALNUM, 10), rs(r, HEXL, 32)))


def k_scanner_public(r):
    return ('{"marvelPublicKey": "%s", "attribution": "Data provided by Marvel. © 2025 MARVEL",\n'
            ' "shopifyStorefrontAccessToken": "%s", "sentryDsn": "https://%s@o%d.ingest.sentry.io/%d"}\n'
            % (rs(r, HEXL, 32), rs(r, HEXL, 32), rs(r, HEXL, 32), r.randint(100000, 999999), r.randint(1000000, 9999999)))


def k_readme_placeholders(r):
    return ("## Configuration\n\nSet `SPECIAL_ORDER_TOKEN=spo_<your token>` and `PULL_LIST_WEBHOOK_SECRET=plwh_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.\n"
            "For local testing use `ISBN_PROXY_API_KEY=ilp_00000000.%s` (not a real key).\n"
            % ("x" * 32))


def k_env_sample(r):
    return ("# .env.example - copy to .env and fill in\nEPOS_MANAGER_PASSWORD=\nSTOCK_DB_PASSWORD=changeme\nCOMIC_VINE_API_KEY=<your-comic-vine-key>\n"
            "LOYALTY_FERNET_KEY=${LOYALTY_FERNET_KEY:?set me}\nSHIPPO_API_TOKEN=shippo_live_...\n")


def k_support_bundle(r):
    return ("== environment (masked) ==\nEDI_SFTP_PASSWORD=********\nSPECIAL_ORDER_TOKEN=spo_****************%s\nSHIPSTATION_API_SECRET=[REDACTED]\n"
            "BOOK_CLUB_JWT=eyJ***\nTWILIO_ACCOUNT_AUTH_TOKEN=••••••••\n" % rs(r, B62, 4))


def k_deploy_log(r):
    return ("#%d [deploy 4/7] RUN ./scripts/migrate.sh\n#%d env: DATABASE_URL=postgres://stock:***@db02.shop.lan/stock\n"
            "#%d env: PULL_LIST_WEBHOOK_SECRET=*** (masked)\n#%d DONE %d.%ds\n" % (r.randint(10, 20), r.randint(21, 30), r.randint(31, 40),
                                                                             r.randint(41, 50), r.randint(0, 9), r.randint(0, 9)))


def k_op_refs(r):
    return ("# resolved at start-up by `op run`\nEDI_SFTP_PASSWORD=op://Shop-Ops/edi-sftp/password\nCOMIC_VINE_API_KEY=op://Shop-Ops/comic-vine/credential\n"
            "SHIPPO_API_TOKEN=op://Shop-Ops/shippo-%s/credential\n" % rs(r, LOWALNUM, 6))


def k_gha_secrets(r):
    return ("env:\n  DISCOGS_TOKEN: ${{ secrets.DISCOGS_TOKEN }}\n  STOCK_DB_PASSWORD: ${{ secrets.STOCK_DB_PASSWORD }}\n"
            "  EDI_SECRET_ARN: arn:aws:secretsmanager:eu-west-2:%012d:secret:edi/sftp-%s\n" % (r.randint(0, 10 ** 12 - 1), rs(r, ALNUM, 6)))


def k_wiki(r):
    return ("IT basics for new booksellers\n- Never write the till manager password on the float sheet.\n- Passwords for the EDI portal rotate every %d days;"
            " ask the duty manager, not the group chat.\n- If you think a password has leaked, tell %s and we will change it the same day.\n"
            % (r.choice([60, 90, 180]), r.choice(["Sam", "Priya", "the owner", "Jo"])))


def k_minutes(r):
    return ("Staff meeting %02d/03 - item %d: security\nAgreed: the shared stockroom login goes; everyone gets their own account.\n"
            "Action (%s): check the label printer admin password is no longer the factory default.\n"
            % (r.randint(1, 28), r.randint(3, 8), r.choice(["Tom", "Alex", "LM"])))


def _armor(b, width=64):
    s = b64std(b)
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def k_age_blob(r):
    return ("Nightly customer export, encrypted to the office recipient:\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n"
            % _armor(b"age-encryption.org/v1\n-> X25519 " + rbytes(r, 150)))


def k_pgp_email(r):
    return ("Subject: Encrypted price file\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n"
            % (_armor(b"\x85\x01\x0c" + rbytes(r, 160)), b64std(rbytes(r, 3))))


BCRYPT64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def k_users_dump(r):
    rows = ["id | username | password_hash | role"]
    for i in range(3):
        rows.append("%d | %s | $2b$12$%s%s | %s" % (i + 1, r.choice(["tom", "priya", "alex", "jo", "sam"]) + str(r.randint(1, 9)),
                                                   rs(r, BCRYPT64, 22), rs(r, BCRYPT64, 31), r.choice(["staff", "manager"])))
    return "\n".join(rows) + "\n"


def k_shadow(r):
    return ("stockbot:$6$%s$%s:19%03d:0:99999:7:::\nlabelsvc:!:19%03d:0:99999:7:::\n"
            % (rs(r, BCRYPT64, 16), rs(r, BCRYPT64, 86), r.randint(0, 999), r.randint(0, 999)))


def k_cover_manifest(r):
    rows = ["isbn,file,sha256,etag"]
    for _ in range(3):
        rows.append("%s,covers/%s.jpg,%s,\"%s\"" % (isbn13(r), rs(r, LOWALNUM, 8), sha256_rand(r), md5_rand(r)))
    return "\n".join(rows) + "\n"


def k_cdn_purge(r):
    return ("CDN purge %s\n  surrogate-key: cover-%s\n  cache-key: %s\n  request-id: %s\n  status: 200\n"
            % ("2025-03-%02d" % r.randint(1, 28), isbn13(r), sha256_rand(r)[:40], uuid4(r)))


def k_age_recipients(r):
    return ("# recipients.txt - public keys allowed to read the nightly export\n%s  # office\n%s  # owner laptop\n"
            % (bech32_encode("age", rbytes(r, 32)), bech32_encode("age", rbytes(r, 32))))


def k_minisign(r):
    keyid = rbytes(r, 8)
    pub = b"Ed" + keyid + rbytes(r, 32)
    return ("Release signing (public key, verify with minisign -V):\nuntrusted comment: minisign public key %s\n%s\n"
            % (keyid[::-1].hex().upper(), b64std(pub)))


def k_oauth_ids(r):
    return ("Redirect: https://accounts.example-idp.test/authorize?response_type=code&client_id=%s"
            "&redirect_uri=https%%3A%%2F%%2Fpulls.example-books.test%%2Fcallback&scope=openid%%20email&state=%s"
            "&code_challenge=%s&code_challenge_method=S256\n"
            % (rs(r, ALNUM, 22), rs(r, LOWALNUM, 16), base64.urlsafe_b64encode(hashlib.sha256(rbytes(r, 32)).digest()).decode().rstrip("=")))


def k_oauth_app_page(r):
    return ("OAuth app: Shelf Scanner (public client, PKCE)\nClient ID: %s.apps.example-idp.test\nAllowed origins: https://scanner.example-books.test\n"
            "Client type: public - no client secret issued\n" % rs(r, LOWALNUM, 24))


CLASSES = [
    ("isbn_checksums_on_stock_lists", "ISBN-13 / ISBN-10 with real check digits in stock lookups and ONIX records",
     [("stock_lookup_results_csv", k_stock_csv), ("onix_product_record_xml", k_onix)]),
    ("issn_and_comic_upc_barcodes", "ISSN with mod-11 check, 977 EAN-13 and comic UPC-A with real check digits and add-ons",
     [("periodical_receiving_log", k_issn_log), ("comic_upc_addon_scan_export", k_comic_upc)]),
    ("edi_orders_without_credentials", "EDIFACT ORDERS and X12 850 interchanges with empty security fields, GLNs with real GS1 check digits",
     [("edifact_orders_interchange", k_edifact), ("x12_purchase_order_850", k_x12)]),
    ("san_and_gln_trading_partner_codes", "Standard Address Numbers (real mod-11 check) and GLNs of trading partners",
     [("trading_partner_directory_csv", k_partner_dir), ("distributor_account_setup_letter", k_setup_letter)]),
    ("parcel_tracking_numbers_with_s10_check", "UPU S10 tracking numbers with real check digits, consignment ids",
     [("special_order_dispatch_email", k_dispatch_email), ("courier_manifest_csv", k_courier_csv)]),
    ("pull_list_subscriber_and_foc_refs", "pull-list subscriber ids, series ids, distributor item codes, FOC dates",
     [("pull_list_export_csv", k_pull_csv), ("foc_reminder_email", k_foc_email)]),
    ("antiquarian_listing_and_catalogue_refs", "dealer catalogue entries (ESTC numbers, collations, stock numbers) and marketplace listing ids / SKUs",
     [("dealer_catalogue_entry_text", k_dealer_catalogue), ("marketplace_listing_export_tsv", k_listing_tsv)]),
    ("marketplace_order_and_asin_ids", "Amazon order ids and ASINs (ISBN-10 for books), eBay item / transaction ids",
     [("amazon_order_report_tsv", k_amazon_orders), ("ebay_sold_items_csv", k_ebay_sold)]),
    ("comic_grading_certificate_numbers", "CGC / CBCS certificate numbers, submission ids, grades",
     [("cgc_submission_invoice", k_cgc_invoice), ("slab_inventory_json", k_slab_json)]),
    ("book_club_card_numbers_luhn_valid", "16-digit book-club cards with real Luhn digits",
     [("book_club_member_export_csv", k_club_export), ("loyalty_till_receipt_text", k_till_receipt)]),
    ("shelf_label_zpl_print_jobs", "ZPL label jobs with EAN barcodes and ^GFA hex graphic fields, label queue job ids",
     [("zpl_label_batch", k_zpl), ("label_queue_json", k_label_queue)]),
    ("event_ticket_barcodes_and_signatures", "ticket ids, per-ticket signature outputs, attendee barcode numbers",
     [("ticket_scan_log", k_ticket_scan), ("eventbrite_attendee_export_csv", k_attendee_csv)]),
    ("publishable_storefront_and_widget_keys", "Stripe `pk_live_`, Algolia search-only key, Marvel public key, Shopify Storefront public token, Sentry DSN",
     [("storefront_checkout_html", k_checkout_html), ("scanner_app_public_config_json", k_scanner_public)]),
    ("placeholder_values_in_shop_integration_docs", "`spo_<your token>`, `plwh_XXXX…`, `ilp_00000000.xxxx…`, empty values, `changeme`, `<your-comic-vine-key>`, `${…:?…}`, `shippo_live_...`",
     [("integration_readme_snippet", k_readme_placeholders), ("env_sample_file", k_env_sample)]),
    ("masked_values_in_pos_support_exports", "`********`, prefix plus stars with a 4-character tail, `[REDACTED]`, `eyJ***`, bullets, `***`",
     [("pos_support_bundle_env_dump", k_support_bundle), ("deploy_log_masked_secrets", k_deploy_log)]),
    ("secret_manager_pointers_in_shop_deploys", "1Password `op://` references, GitHub `${{ secrets.X }}`, Secrets Manager ARNs",
     [("onepassword_op_references_env", k_op_refs), ("github_actions_secrets_context_yaml", k_gha_secrets)]),
    ("password_talk_in_bookshop_staff_wiki", "staff wiki and meeting minutes about passwords with no password in them",
     [("staff_wiki_it_page", k_wiki), ("team_meeting_minutes_it_item", k_minutes)]),
    ("age_and_pgp_encrypted_blobs", "age and OpenPGP armoured ciphertext (random bytes in the right frame)",
     [("age_armored_backup_note", k_age_blob), ("pgp_encrypted_order_email", k_pgp_email)]),
    ("bcrypt_and_sha512_crypt_hashes", "bcrypt `$2b$` and sha512-crypt `$6$` strings (random in frame; one-way)",
     [("staff_users_table_dump", k_users_dump), ("shadow_file_excerpt", k_shadow)]),
    ("cover_image_digests_and_cdn_ids", "SHA-256 / MD5 digests of random bytes for cover images, ETags, CDN cache keys, request UUIDv4",
     [("cover_image_manifest_csv", k_cover_manifest), ("cdn_purge_log", k_cdn_purge)]),
    ("age_recipients_and_minisign_public_keys", "age X25519 recipients (real bech32 checksums) and minisign public keys (public by design)",
     [("age_recipients_file", k_age_recipients), ("minisign_release_pubkey", k_minisign)]),
    ("oauth_public_client_ids_and_pkce_challenges", "OAuth public client ids, state values and PKCE S256 challenges (hashes of a verifier not shown)",
     [("authorize_redirect_url_log", k_oauth_ids), ("public_oauth_app_settings_page", k_oauth_app_page)]),
]

WRAPPERS = [
    ("", None),
    ("__in_shop_staff_slack_thread", lambda t, r: "#shop-it  (thread)\n%s: can someone check this?\n```\n%s```\n" % (r.choice(["Tom", "Priya", "Alex"]), t)),
    ("__in_distributor_support_email", lambda t, r: "Subject: Re: query about your account\n\nHello,\n\nPlease see below.\n\n%s\nRegards,\nTrade Support\n" % t),
    ("__in_pos_vendor_github_issue", lambda t, r: "### Steps to reproduce\n\nOutput attached:\n\n```text\n%s```\n\n### Expected behaviour\nNo errors.\n" % t),
    ("__in_bookshop_wiki_page", lambda t, r: "== Reference ==\n<pre>\n%s</pre>\nLast edited by the shop manager.\n" % t),
]


def build(reg, start_index=1):
    rng = random.Random(SEED)
    out = []
    n = start_index
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wsuffix, wfn in WRAPPERS:
                for _ in range(50):
                    t = fn(rng)
                    if wfn:
                        t = wfn(t, rng)
                    if not any(v in t for v in reg.items if len(v) >= 6):
                        break
                else:
                    raise RuntimeError("negative keeps hitting a registered value")
                out.append({"id": "p193-n-%04d" % n, "class": cname, "container": kname + wsuffix, "text": t,
                            "source": "negative"})
                n += 1
    return out
