"""Hard negatives: texts of the charity-shop world that hold no secret."""
import base64
import hashlib
import random
from common187 import (SEEDS, rand_str, rand_bytes, uuid4, age_recipient, B62, HEX, DIGITS, UPPER, LOWER,
                       ALNUM_UPPER, B64URL)

BCRYPT_AL = "./" + UPPER + LOWER + DIGITS


# ---------- check-digit helpers (also used by the checks) ----------
def isbn13_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def isbn10_check(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def vat_check(d7):
    s = sum(int(c) * w for c, w in zip(d7, [8, 7, 6, 5, 4, 3, 2]))
    return "%02d" % ((-s) % 97)


def s10_check(d8):
    s = sum(int(c) * w for c, w in zip(d8, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    return "0" if c == 10 else ("5" if c == 11 else str(c))


def ean8_check(d7):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(d7))
    return str((10 - s % 10) % 10)


def isbn13(r):
    d = r.choice(["978", "979"]) + rand_str(r, DIGITS, 9)
    return d + isbn13_check(d)


def isbn10(r):
    d = rand_str(r, DIGITS, 9)
    return d + isbn10_check(d)


def vat(r):
    d = rand_str(r, "123456789", 1) + rand_str(r, DIGITS, 6)
    return "GB" + d + vat_check(d)


def s10(r):
    d = rand_str(r, DIGITS, 8)
    return r.choice(["TT", "RR", "JD", "FK"]) + d + s10_check(d) + "GB"


def ean8(r):
    d = "5" + rand_str(r, DIGITS, 6)
    return d + ean8_check(d)


def postcode(r):
    return r.choice(["BS", "M", "LS", "NE", "CF", "EH", "B", "NG", "SO", "EX"]) + str(r.randint(1, 29)) + " " + str(r.randint(1, 9)) + rand_str(r, "ABDEFGHJLNPQRSTUWXYZ", 2)


def reg_plate(r):
    return rand_str(r, "ABCDEFGHJKLMNOPRSTVWXY", 2) + "%02d" % r.choice([19, 20, 21, 22, 23, 24, 69, 70, 71, 72, 73]) + " " + rand_str(r, "ABCDEFGHJKLMNOPRSTUVWXYZ", 3)


# ---------- base kinds ----------
def k_gift_aid_csv(r):
    rows = ["donor_ref,declaration_ref,title,postcode,declared_on,status"]
    for _ in range(4):
        rows.append("D%07d,GAD-%s,%s,%s,2024-%02d-%02d,%s" % (r.randint(1, 9999999), rand_str(r, ALNUM_UPPER, 8),
                    r.choice(["Mrs", "Mr", "Ms", "Dr"]), postcode(r), r.randint(1, 12), r.randint(1, 28), r.choice(["valid", "valid", "cancelled"])))
    return "\n".join(rows) + "\n"


def k_donor_match_json(r):
    return ('{\n  "match_id": "%s",\n  "donor_ref": "D%07d",\n  "candidate_ref": "D%07d",\n  "score": 0.%02d,\n  "hmrc_charity_ref": "%s%d",\n  "claim_batch": "GA-%d-%03d"\n}\n'
            % (uuid4(r), r.randint(1, 9999999), r.randint(1, 9999999), r.randint(60, 99), rand_str(r, UPPER, 2), r.randint(10000, 99999), r.randint(2023, 2025), r.randint(1, 400)))


def k_charity_footer(r):
    return ("Charity Finds is a registered charity in England and Wales (%d) and Scotland (SC0%05d). "
            "Charity Finds Trading Ltd, company no. %08d, VAT reg. %s. Registered office: Unit %d, %s.\n"
            % (r.randint(200000, 1199999), r.randint(10000, 99999), r.randint(1000000, 14999999), vat(r), r.randint(1, 40), postcode(r)))


def k_supplier_invoice(r):
    return ("INVOICE %s-%05d\nSupplier VAT: %s\nCustomer: Charity Finds (charity no. %d)\nPO: PO%07d\n2 x roll cage hire   £%d.00\nTotal due                 £%d.%02d\n"
            % (rand_str(r, UPPER, 3), r.randint(1, 99999), vat(r), r.randint(200000, 1199999), r.randint(1, 9999999), r.randint(20, 90), r.randint(40, 200), r.randint(0, 99)))


def k_book_scan_log(r):
    lines = []
    for _ in range(4):
        lines.append("%02d:%02d:%02d scan ok isbn=%s grade=%s price=£%d.%02d" % (r.randint(9, 16), r.randint(0, 59), r.randint(0, 59), isbn13(r), r.choice("ABC"), r.randint(1, 6), r.choice([0, 49, 99])))
    return "\n".join(lines) + "\n"


def k_bookshop_csv(r):
    rows = ["isbn10,isbn13,title,condition,shelf"]
    for _ in range(3):
        i10 = isbn10(r)
        rows.append("%s,%s,\"%s\",%s,%s" % (i10, isbn13(r), r.choice(["A Tale of Two Cities", "Rebecca", "Middlemarch", "Cider with Rosie", "Small Island"]), r.choice(["Good", "Very Good", "Acceptable"]), "R%02d-%s" % (r.randint(1, 40), r.choice("ABCD"))))
    return "\n".join(rows) + "\n"


def k_intake_grading_log(r):
    lines = []
    for _ in range(4):
        lines.append("INTAKE SH%04d-%s-%04d cat=%s grade=%s bag=BT-%s-%04d" % (r.randint(1, 9999), "24%02d%02d" % (r.randint(1, 12), r.randint(1, 28)), r.randint(1, 9999), r.choice(["womenswear", "books", "bricabrac", "media", "toys"]), r.choice(["A", "B", "C", "R"]), rand_str(r, ALNUM_UPPER, 4), r.randint(0, 9999)))
    return "\n".join(lines) + "\n"


def k_bag_tag_batch(r):
    tags = ["BT-%s-%04d" % (rand_str(r, ALNUM_UPPER, 4), r.randint(0, 9999)) for _ in range(6)]
    return "^XA\n^FO40,30^BCN,80,Y,N,N^FD%s^FS\n^XZ\n# batch %s: %s\n" % (tags[0], uuid4(r), ", ".join(tags[1:]))


def k_till_receipt(r):
    return ("CHARITY FINDS  SHOP %03d\nTill 2   Op %02d\nReceipt %06d  %02d/%02d/24 %02d:%02d\nKnitwear          %s  £4.99\nPaperback         %s  £1.50\nTOTAL  £6.49   CARD\nGift Aid item ref GA%08d\n"
            % (r.randint(1, 480), r.randint(1, 40), r.randint(1, 999999), r.randint(1, 28), r.randint(1, 12), r.randint(9, 17), r.randint(0, 59), ean8(r), ean8(r), r.randint(1, 99999999)))


def k_price_label_job(r):
    labels = ["{\"ean8\": \"%s\", \"price\": \"£%d.%d9\", \"dept\": %d}" % (ean8(r), r.randint(1, 30), r.randint(0, 9), r.randint(1, 12)) for _ in range(3)]
    return "POST /print/jobs HTTP/1.1\nHost: print.shop.lan\nContent-Type: application/json\n\n{\"job\": \"%s\", \"labels\": [%s]}\n" % (uuid4(r), ", ".join(labels))


def k_weighbridge_ticket(r):
    gross = r.randint(9000, 18000)
    tare = r.randint(6000, gross - 1000)
    return ("WEIGHBRIDGE TICKET No. %06d\nVehicle: %s   Haulier: Textile Recovery Ltd\nEWC: 20 01 11 (textiles)\nGross %d kg  Tare %d kg  Net %d kg\nWTN ref: WTN-%s\n"
            % (r.randint(1, 999999), reg_plate(r), gross, tare, gross - tare, rand_str(r, ALNUM_UPPER, 10)))


def k_waste_transfer_csv(r):
    rows = ["wtn_ref,ewc_code,description,kg,carrier_licence"]
    for _ in range(3):
        rows.append("WTN-%s,%s,%s,%d,CBDU%06d" % (rand_str(r, ALNUM_UPPER, 10), r.choice(["20 01 10", "20 01 11", "15 01 01"]), r.choice(["clothes", "textiles", "cardboard"]), r.randint(200, 9000), r.randint(1, 999999)))
    return "\n".join(rows) + "\n"


def k_van_manifest(r):
    lines = ["VAN %s  route R-%04d  driver #%02d" % (reg_plate(r), r.randint(1, 9999), r.randint(1, 40))]
    for i in range(4):
        lines.append("%d. %s  stop %s  (%d bags, furniture: %s)" % (i + 1, postcode(r), rand_str(r, ALNUM_UPPER, 8), r.randint(1, 9), r.choice(["no", "sofa", "wardrobe"])))
    return "\n".join(lines) + "\n"


def k_route_json(r):
    return ('{"route_id": "%s", "vehicle": "%s", "stops": [{"id": "%s", "postcode": "%s", "lat": 51.%06d, "lng": -2.%06d}, {"id": "%s", "postcode": "%s", "lat": 51.%06d, "lng": -2.%06d}]}\n'
            % (uuid4(r), reg_plate(r), uuid4(r), postcode(r), r.randint(0, 999999), r.randint(0, 999999), uuid4(r), postcode(r), r.randint(0, 999999), r.randint(0, 999999)))


def k_ebay_orders(r):
    rows = ["order_number,item_number,sku,sale_price,buyer_postcode"]
    for _ in range(3):
        rows.append("%02d-%05d-%05d,%s,SH%04d-%04d,%d.%02d,%s" % (r.randint(1, 28), r.randint(0, 99999), r.randint(0, 99999), "1" + rand_str(r, DIGITS, 11), r.randint(1, 9999), r.randint(1, 9999), r.randint(3, 90), r.randint(0, 99), postcode(r)))
    return "\n".join(rows) + "\n"


def k_amazon_settlement(r):
    lines = ["settlement-id\torder-id\tasin\tamount"]
    for _ in range(3):
        lines.append("%d\t%03d-%07d-%07d\tB0%s\t%d.%02d" % (r.randint(10 ** 10, 10 ** 11), r.choice([202, 203, 204, 205, 206]), r.randint(0, 9999999), r.randint(0, 9999999), rand_str(r, ALNUM_UPPER, 8), r.randint(2, 40), r.randint(0, 99)))
    return "\n".join(lines) + "\n"


def k_volunteer_roster(r):
    rows = ["volunteer_id,first_name,shop,shift_id,hours_ytd"]
    for _ in range(4):
        rows.append("V%06d,%s,%03d,%s,%d" % (r.randint(1, 999999), r.choice(["Ann", "Raj", "Tom", "Lucy", "Kemi", "Bill"]), r.randint(1, 480), uuid4(r), r.randint(4, 400)))
    return "\n".join(rows) + "\n"


def k_dbs_json(r):
    return ('{"volunteer_id": "V%06d", "dbs_certificate_number": "%s", "issue_date": "2023-%02d-%02d", "update_service": true, "check_id": "%s"}\n'
            % (r.randint(1, 999999), "00" + rand_str(r, DIGITS, 10), r.randint(1, 12), r.randint(1, 28), uuid4(r)))


def k_despatch_csv(r):
    rows = ["order,service,tracking,weight_g"]
    for _ in range(3):
        svc = r.choice(["RM Tracked 48", "DPD Next Day", "Evri Standard"])
        trk = s10(r) if svc.startswith("RM") else ("1550" + rand_str(r, DIGITS, 10) if svc.startswith("DPD") else "H" + rand_str(r, ALNUM_UPPER, 15))
        rows.append("SO-%06d,%s,%s,%d" % (r.randint(1, 999999), svc, trk, r.randint(100, 9000)))
    return "\n".join(rows) + "\n"


def k_tracking_webhook(r):
    return ('{"event": "tracking.updated", "tracking_number": "%s", "status": "DELIVERED", "event_id": "%s", "signature_alg": "none-on-test"}\n' % (s10(r), uuid4(r)))


def k_checkout_head(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n  window.mapsKey = "AIza%s"; // browser key, HTTP-referrer restricted\n  const client = new ShopifyBuy({domain: "charity-finds.myshopify.com", storefrontAccessToken: "%s"});\n</script>\n'
            % (rand_str(r, B62, 97), rand_str(r, B64URL, 35), rand_str(r, HEX, 32)))


def k_public_config(r):
    return ('{\n  "squareApplicationId": "sq0idp-%s",\n  "paypalClientId": "A%s",\n  "algoliaAppId": "%s",\n  "algoliaSearchOnlyKey": "%s"\n}\n'
            % (rand_str(r, B64URL, 22), rand_str(r, B64URL, 79), rand_str(r, ALNUM_UPPER, 10), rand_str(r, HEX, 32)))


def k_courier_quickstart(r):
    return ("## Quick start\n\n1. Create an API key in the courier dashboard.\n2. Export it:\n\n```bash\nexport COURIER_API_KEY=<your-api-key>\nexport SHIPPO_TOKEN=shippo_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n```\n\n3. Run `python ship.py --dry-run` (ticket %d).\n" % r.randint(100, 9999))


def k_env_example(r):
    return ("# .env.example for till-sync — copy to .env and fill in\nTILL_DB_HOST=localhost\nTILL_MANAGER_PASSWORD=\nLISTER_API_KEY=rsl_live_REPLACE_ME\nDONOR_EXPORT_KEY=${DONOR_EXPORT_KEY:?set me}\nTRACKER_PSK=%s\n" % ("0" * 32))


def k_pos_support_chat(r):
    return ("[support] Can you read me the manager password?\n[shop %03d] It shows as ••••••••%s on the screen\n[support] Fine, no need – I have reset it, you will get a text. Never read passwords out over chat.\n" % (r.randint(1, 480), rand_str(r, DIGITS, 2)))


def k_deploy_log_masked(r):
    return ("Run ./deploy.sh\n  env:\n    LISTER_API_KEY: ***\n    GIFTAID_DB_PASSWORD: ***\n    FULFILMENT_JWT: [MASKED]\n    AGE_SECRET_KEY: AGE-SECRET-KEY-1%s\ndeploy %s finished in %ds\n" % ("*" * 12, uuid4(r), r.randint(20, 300)))


def k_op_refs(r):
    return ("# resolved at runtime by `op run --env-file=.env.tpl`\nTILL_MANAGER_PASSWORD=op://Shops/Till %03d/password\nLISTER_API_KEY=op://Integrations/Resale lister/credential\nROTA_SMTP_PASSWORD=op://Volunteers/Rota mailer/password\n" % r.randint(1, 480))


def k_gcp_refs(r):
    return ("env:\n  - name: GIFTAID_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: giftaid-db\n        key: password\n  - name: DONOR_WEBHOOK_SECRET\n    value: sm://projects/charity-ops-%d/secrets/donor-webhook/versions/latest\n  - name: VAN_TRACKER_PSK\n    value: arn:aws:ssm:eu-west-2:%012d:parameter/vans/tracker-psk\n"
            % (r.randint(100, 999), r.randint(10 ** 11, 10 ** 12 - 1)))


def k_photo_index(r):
    rows = ["listing_sku,phash,sha256"]
    for _ in range(3):
        rows.append("SH%04d-%04d,%s,%s" % (r.randint(1, 9999), r.randint(1, 9999), rand_str(r, HEX, 16), hashlib.sha256(rand_bytes(r, 64)).hexdigest()))
    return "\n".join(rows) + "\n"


def k_object_listing(r):
    items = []
    for _ in range(2):
        items.append("  <Contents><Key>listings/%s.jpg</Key><ETag>\"%s\"</ETag><Size>%d</Size></Contents>" % (uuid4(r), hashlib.md5(rand_bytes(r, 64)).hexdigest(), r.randint(20000, 900000)))
    return "<ListBucketResult>\n  <Name>resale-photos</Name>\n%s\n</ListBucketResult>\n" % "\n".join(items)


def _wrap64(s):
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def k_age_armor(r):
    body = base64.b64encode(rand_bytes(r, 180)).decode()
    return "donors_%d.csv.age (encrypted to the finance team):\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % (r.randint(2023, 2025), _wrap64(body))


def k_sealed_secret(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: till-sync\n  namespace: shops\nspec:\n  encryptedData:\n    TILL_MANAGER_PASSWORD: AgB%s\n"
            % base64.b64encode(rand_bytes(r, 240)).decode())


def _bcrypt(r, v="2b"):
    return "$%s$12$%s" % (v, rand_str(r, BCRYPT_AL, 53))


def k_volunteer_sql(r):
    rows = []
    for _ in range(3):
        rows.append("(%d, 'v%06d@volunteers.charityfinds.org.uk', '%s')" % (r.randint(1, 9999), r.randint(1, 999999), _bcrypt(r)))
    return "INSERT INTO volunteer_accounts (id, email, password_hash) VALUES\n" + ",\n".join(rows) + ";\n"


def k_htpasswd_bcrypt(r):
    return "\n".join("%s:%s" % (u, _bcrypt(r, "2y")) for u in r.sample(["rota", "shopmgr", "areamgr", "itvol", "finance"], 3)) + "\n"


def k_handbook(r):
    return ("Section %d – Passwords at the till\nYour till password is personal. Never write it on the till, never tell it to a customer or another volunteer, "
            "and change it if you think someone has seen it. If you forget it, ask the shop manager to reset it – they cannot see your old one.\n" % r.randint(2, 9))


def k_it_faq(r):
    return ("Q: Someone asked me for the Gift Aid database password by e-mail. What do I do?\nA: Do not reply with it. Real IT volunteers never ask for passwords. Forward the e-mail to the IT inbox (ticket ref %d).\n" % r.randint(1000, 99999))


def k_age_recipients(r):
    return "# recipients for donor exports (public keys, safe to commit)\n%s  # finance\n%s  # data protection lead\n" % (age_recipient(r), age_recipient(r))


def k_wg_peer(r):
    return ("[Peer]\n# van %s tracker\nPublicKey = %s\nAllowedIPs = 10.77.%d.%d/32\nEndpoint = vpn.vans.internal:51820\nPersistentKeepalive = 25\n"
            % (reg_plate(r), base64.b64encode(rand_bytes(r, 32)).decode(), r.randint(0, 255), r.randint(1, 254)))


def k_card_receipt(r):
    return ("MERCHANT COPY\nCharity Finds shop %03d\nTID %08d  MID %015d\nVISA CONTACTLESS ************%04d\nAID A000000003101%d\nAUTH CODE %s  RRN %012d\nAMOUNT £%d.%02d\n"
            % (r.randint(1, 480), r.randint(10 ** 7, 10 ** 8 - 1), r.randint(10 ** 14, 10 ** 15 - 1), r.randint(0, 9999), r.randint(0, 9), rand_str(r, ALNUM_UPPER, 6), r.randint(10 ** 11, 10 ** 12 - 1), r.randint(1, 90), r.randint(0, 99)))


def k_settlement_csv(r):
    rows = ["transaction_code,terminal,amount,card_last4,payout_id"]
    for _ in range(3):
        rows.append("T%s,%s,%d.%02d,%04d,PO-%d" % (rand_str(r, ALNUM_UPPER, 9), rand_str(r, ALNUM_UPPER, 8), r.randint(1, 60), r.randint(0, 99), r.randint(0, 9999), r.randint(10 ** 6, 10 ** 7)))
    return "\n".join(rows) + "\n"


CLASSES = [
    ("gift_aid_declaration_and_donor_refs", "donor refs, Gift Aid declaration refs, HMRC charity refs, claim batches, match UUIDv4s", [("gift_aid_declaration_csv", k_gift_aid_csv), ("donor_match_result_json", k_donor_match_json)]),
    ("charity_and_vat_registration_numbers", "charity numbers, OSCR numbers, company numbers, UK VAT numbers with a real mod-97 check", [("charity_footer_legal_block", k_charity_footer), ("supplier_invoice_header", k_supplier_invoice)]),
    ("isbn_codes_on_donated_books", "ISBN-13 and ISBN-10 with real check digits, shelf codes", [("book_intake_scan_log", k_book_scan_log), ("bookshop_listing_csv", k_bookshop_csv)]),
    ("donated_goods_sku_and_bag_tags", "intake SKUs, bag-tag codes, grades, ZPL label batches", [("intake_grading_log", k_intake_grading_log), ("bag_tag_print_batch", k_bag_tag_batch)]),
    ("till_receipts_and_ean8_price_codes", "receipt numbers, EAN-8 price codes with real check digits, Gift Aid item refs", [("till_receipt_text", k_till_receipt), ("price_label_print_job", k_price_label_job)]),
    ("weighbridge_tickets_and_ewc_codes", "weighbridge ticket numbers, EWC waste codes, waste transfer note refs, carrier licences, plates", [("weighbridge_ticket_print", k_weighbridge_ticket), ("waste_transfer_note_csv", k_waste_transfer_csv)]),
    ("collection_postcodes_and_stop_ids", "postcodes, stop ids, route and stop UUIDv4s, coordinates", [("van_route_manifest_text", k_van_manifest), ("route_optimiser_response_json", k_route_json)]),
    ("marketplace_listing_and_order_numbers", "eBay order and item numbers, Amazon order ids, ASINs, settlement ids", [("ebay_order_export_csv", k_ebay_orders), ("amazon_settlement_lines", k_amazon_settlement)]),
    ("volunteer_ids_and_dbs_certificate_numbers", "volunteer ids, shift UUIDv4s, DBS certificate numbers", [("volunteer_roster_export", k_volunteer_roster), ("dbs_check_status_json", k_dbs_json)]),
    ("royal_mail_and_courier_tracking_numbers", "Royal Mail S10 tracking numbers with a real check digit, DPD and Evri parcel numbers", [("despatch_manifest_csv", k_despatch_csv), ("tracking_webhook_payload", k_tracking_webhook)]),
    ("storefront_publishable_keys", "Stripe `pk_live_`, referrer-restricted browser `AIza` key, Shopify Storefront token, Square application id, PayPal client id, Algolia search-only key (public by design)", [("shop_checkout_html_head", k_checkout_head), ("lister_mobile_public_config", k_public_config)]),
    ("template_values_in_integration_guides", "`<your-api-key>`, runs of X after a real prefix, empty values, `${…:?…}`, `rsl_live_REPLACE_ME`, an all-zero PSK", [("courier_api_quickstart_md", k_courier_quickstart), ("env_example_for_till_sync", k_env_example)]),
    ("masked_values_in_pos_support_logs", "bullets with a two-digit tail, `***`, `[MASKED]`, an age key prefix followed by asterisks", [("pos_support_chat_transcript", k_pos_support_chat), ("deploy_log_masked_env", k_deploy_log_masked)]),
    ("secret_manager_pointers_in_shop_infra", "1Password `op://` references, `secretKeyRef`, `sm://` Secret Manager paths, SSM parameter ARNs", [("onepassword_op_references_env", k_op_refs), ("gcp_secret_manager_refs_yaml", k_gcp_refs)]),
    ("listing_photo_hashes_and_etags", "64-bit perceptual hashes (16 hex), real SHA-256 and MD5 (ETag) digests of random bytes", [("photo_dedup_index_csv", k_photo_index), ("object_storage_listing_xml", k_object_listing)]),
    ("sealed_and_age_encrypted_payloads", "age armoured ciphertext and Bitnami SealedSecret `AgB…` values (random bytes in the right frame)", [("age_armored_donor_export", k_age_armor), ("k8s_sealedsecret_manifest", k_sealed_secret)]),
    ("bcrypt_hashes_in_volunteer_accounts", "bcrypt `$2b$` / `$2y$` strings (random in frame; one-way)", [("volunteer_users_sql_dump", k_volunteer_sql), ("htpasswd_bcrypt_file", k_htpasswd_bcrypt)]),
    ("password_guidance_without_values", "handbook and FAQ text about passwords with no password in it", [("volunteer_induction_handbook", k_handbook), ("it_policy_faq_page", k_it_faq)]),
    ("age_recipients_and_wireguard_public_keys", "age `age1…` recipients (real Bech32 checksum) and WireGuard peer public keys (Base64 of 32 bytes, same shape as a private key)", [("age_recipients_txt", k_age_recipients), ("wireguard_peer_config_public", k_wg_peer)]),
    ("card_terminal_and_transaction_refs", "TID, MID, masked PAN, AID, auth codes, RRNs, transaction codes, payout ids", [("card_terminal_receipt_text", k_card_receipt), ("settlement_report_csv", k_settlement_csv)]),
]

WRAPPERS = [
    (None, None),
    ("in_area_manager_email_thread", "From: area.manager@charityfinds.org.uk\nSubject: FW: can you check this?\n\nHi, is anything in here sensitive? Pasting it below.\n\n{body}\n-- \nArea Manager, South West\n"),
    ("in_intake_repo_pr_comment", "**review comment** on `fixtures/sample.txt` (line {n}):\n\n```\n{body}```\n\nLooks fine to commit – nothing secret in there.\n"),
    ("in_retail_ops_jira_ticket", "RETAIL-{n} | Attachment text pasted by reporter\n{{noformat}}\n{body}{{noformat}}\nPriority: Low\n"),
    ("in_volunteer_whatsapp_group", "[{n}/06, 10:{m}] Shop volunteer: is this what you needed?\n{body}\n[{n}/06, 10:{m}] IT volunteer: yes thanks 👍\n"),
]


def generate(banned):
    """banned: strings that must not occur in any negative (every positive value, plain, run, hidden password)."""
    rng = random.Random(SEEDS["negative"])
    out = []
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wname, wtpl in WRAPPERS:
                for _ in range(100):
                    body = fn(rng)
                    if wtpl:
                        text = wtpl.format(body=body, n=rng.randint(10, 28), m="%02d" % rng.randint(0, 59))
                    else:
                        text = body
                    if not any(b in text for b in banned):
                        break
                else:
                    raise RuntimeError("negative keeps hitting a banned string")
                out.append({"class": cname, "container": kname + ("__" + wname if wname else ""),
                            "text": text, "source": "negative"})
    return out
