"""Hard negatives of the bridal / formalwear-hire / costume-rental world: no secret in any text."""
import hashlib
import json
import random

from common212 import (ALNUM, B64URL, DIGITS, HEX, LOWER, LOWER_ALNUM, UPPER, UPPER_ALNUM, b64, b64url,
                       gs1_digit, iso7064_mod97_10, jwt, rbytes, rs, uuid4)

SEED = 21206

HEXU = "0123456789ABCDEF"
NAMES = ["Harper", "Ellis", "Okafor", "Whitfield", "Reeve", "Nowak", "Patel", "Lindqvist", "Moreau", "Byrne"]
BRANCHES = ["Harrogate", "York", "Leeds", "Ripon", "Otley"]
DESIGNERS = ["Maggie Sottero", "Pronovias", "Justin Alexander", "Enzoani", "Rebecca Ingram", "Stella York"]
COLOURS = ["Ivory", "Champagne", "Blush", "Dusty Sage", "Navy", "Burgundy", "Oyster", "Mocha"]


def gtin13(rng):
    body = "50" + rs(rng, DIGITS, 10)
    return body + gs1_digit(body)


def ean8(rng):
    body = "50" + rs(rng, DIGITS, 5)
    return body + gs1_digit(body)


def sscc18(rng):
    body = "0" + "5060" + rs(rng, DIGITS, 12)
    body = body[:17]
    return body + gs1_digit(body)


def epc(rng):
    return "3034" + rs(rng, HEXU, 20)


def alt_ref(rng):
    body = str(rng.randrange(10000, 99999))
    return "ALT" + body + iso7064_mod97_10(body)


def uk_vat(rng):
    d = [rng.randrange(10) for _ in range(7)]
    d[0] = rng.randrange(1, 10)
    s = sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2]))
    chk = (-s) % 97
    return "GB%s%02d" % ("".join(map(str, d)), chk)


def sha256_hex(rng):
    return hashlib.sha256(rbytes(rng, 48)).hexdigest()


def sha1_hex(rng):
    return hashlib.sha1(rbytes(rng, 48)).hexdigest()


# ---------------------------------------------------------------- base kinds (class, kind, generator)
def k_rfid_inventory_csv(r):
    rows = ["epc,tid,antenna,rssi,garment"]
    for _ in range(4):
        rows.append("%s,E2801190%s,%d,-%d.%d,%s" % (epc(r), rs(r, HEXU, 16), r.randint(1, 4), r.randint(40, 70), r.randint(0, 9),
                                                   r.choice(["tux jacket 40R", "waistcoat M", "veil cathedral", "kilt 36"])))
    return "\n".join(rows) + "\n"


def k_exit_gate_read_log(r):
    lines = []
    for _ in range(3):
        lines.append("2025-03-%02d %02d:%02d:%02d gate=exit-1 epc=%s state=%s" % (
            r.randint(1, 28), r.randint(9, 17), r.randint(0, 59), r.randint(0, 59), epc(r),
            r.choice(["SOLD", "HIRED", "ON_LOAN", "UNPAID-ALARM"])))
    return "\n".join(lines) + "\n"


def k_line_sheet_csv(r):
    rows = ["style,colour,size,gtin13,ean8_swing_tag"]
    for _ in range(4):
        rows.append("%s-%d,%s,%d,%s,%s" % (r.choice(["MS", "PR", "JA", "SY"]), r.randint(1000, 9999), r.choice(COLOURS),
                                           r.choice([6, 8, 10, 12, 14, 16, 18]), gtin13(r), ean8(r)))
    return "\n".join(rows) + "\n"


def k_goods_in_scan_log(r):
    return "\n".join("[goods-in %s] scanned %s qty %d carton %s" % (r.choice(BRANCHES), gtin13(r), r.randint(1, 6), sscc18(r))
                     for _ in range(3)) + "\n"


def k_branch_transfer_manifest(r):
    t = "Transfer TR-%d  %s -> %s\n" % (r.randint(20000, 29999), r.choice(BRANCHES), r.choice(BRANCHES))
    for _ in range(3):
        t += "  SSCC %s  %d garments  seal %s\n" % (sscc18(r), r.randint(5, 30), rs(r, DIGITS, 7))
    return t


def k_carton_label_print_log(r):
    return "\n".join("ZD421 print job %d: (00)%s (401)%s" % (r.randint(1000, 9999), sscc18(r), "5060" + rs(r, UPPER_ALNUM, 10))
                     for _ in range(3)) + "\n"


def k_fitting_measurement_card(r):
    return ("Client: %s %s   Booking %s\nBust %d  Underbust %d  Waist %d  Hip %d  Hollow-to-hem %d cm\n"
            "Heel height 7 cm; dress size %d; next fitting %02d/04\n") % (
        r.choice(["Amy", "Zara", "Chloe", "Niamh"]), r.choice(NAMES), uuid4(r), r.randint(80, 110), r.randint(68, 90),
        r.randint(60, 95), r.randint(85, 120), r.randint(140, 160), r.choice([8, 10, 12, 14]), r.randint(1, 28))


def k_measurements_export_json(r):
    return json.dumps({"client_id": uuid4(r), "units": "cm", "bust": r.randint(80, 110), "waist": r.randint(60, 95),
                       "hip": r.randint(85, 120), "inside_leg": r.randint(70, 86), "collar": r.choice([15, 15.5, 16, 16.5]),
                       "revision": r.randint(1, 5)}, indent=2) + "\n"


def k_alteration_ticket_printout(r):
    return ("WORKROOM TICKET %s\nGarment: %s gown, %s\nJobs: hem, bustle (%d points)\nDue: 2025-%02d-%02d  Fitter: %s\n") % (
        alt_ref(r), r.choice(COLOURS), r.choice(DESIGNERS), r.randint(3, 9), r.randint(4, 9), r.randint(1, 28), r.choice(NAMES))


def k_workroom_queue_csv(r):
    rows = ["ticket,bench,status,minutes"]
    for _ in range(4):
        rows.append("%s,bench-%d,%s,%d" % (alt_ref(r), r.randint(1, 4), r.choice(["queued", "pinned", "sewing", "pressed"]), r.randint(20, 240)))
    return "\n".join(rows) + "\n"


def k_hire_booking_confirmation(r):
    return ("Your hire booking is confirmed.\nReference: HB-%s\nBooking id: %s\nCollect: %02d/05/2025  Return by: %02d/05/2025\n"
            "Suit: %s\n") % (rs(r, UPPER_ALNUM, 6), uuid4(r), r.randint(1, 14), r.randint(15, 28),
                              r.choice(["navy 3-piece", "black tux", "grey morning suit"]))


def k_returns_check_in_log(r):
    return "\n".join("%s return %s booking=%s condition=%s" % (r.choice(BRANCHES), "HB-" + rs(r, UPPER_ALNUM, 6), uuid4(r),
                                                            r.choice(["ok", "stain-lapel", "missing-cufflinks", "tear-hem"]))
                     for _ in range(3)) + "\n"


def k_card_terminal_receipt(r):
    return ("VEIL & LACE BRIDAL\nDEPOSIT  £%d.00\nVISA ************%s\nAID A000000003101%d\nAUTH CODE %s\nTID %s  MID %s\n") % (
        r.randint(100, 900), rs(r, DIGITS, 4), r.randint(0, 9), rs(r, UPPER_ALNUM, 6), rs(r, DIGITS, 8), rs(r, DIGITS, 15))


def k_payment_intent_webhook_log(r):
    return ("INFO webhook received type=payment_intent.succeeded id=evt_%s pi=pi_%s charge=ch_%s amount=%d currency=gbp\n") % (
        rs(r, ALNUM, 24), rs(r, ALNUM, 24), rs(r, ALNUM, 24), r.randint(5000, 90000))


def k_claim_photo_manifest(r):
    return "\n".join("%s  claim-%d/photo_%02d.jpg" % (sha256_hex(r), r.randint(300, 999), i) for i in range(1, 4)) + "\n"


def k_claim_evidence_report(r):
    return ("Damage claim DC-%d (hire HB-%s)\nPhotos: 3, bundle digest sha256:%s\nAssessor: %s  Outcome: partial deposit retained\n") % (
        r.randint(300, 999), rs(r, UPPER_ALNUM, 6), sha256_hex(r), r.choice(NAMES))


def k_cleaner_docket_ocr(r):
    return ("PRESS & FOLD DRY CLEANERS\nDOCKET No %s\nITEMS: %d x SUIT 2PC, %d x SHIRT\nREADY: THU  BAG TAG %s\n") % (
        rs(r, DIGITS, 7), r.randint(5, 40), r.randint(0, 20), rs(r, UPPER_ALNUM, 5))


def k_handoff_batch_csv(r):
    rows = ["batch,docket,garment_epc,service"]
    for _ in range(3):
        rows.append("B%d,%s,%s,%s" % (r.randint(100, 999), rs(r, DIGITS, 7), epc(r), r.choice(["dry clean", "steam", "stain"])))
    return "\n".join(rows) + "\n"


def k_checkout_page_html(r):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '  const search = algoliasearch("%s", "%s"); // search-only key\n</script>\n') % (
        rs(r, ALNUM, 97), rs(r, UPPER_ALNUM, 10), rs(r, HEX, 32))


def k_fitting_app_public_config(r):
    iat = 1720000000 + r.randrange(9000000)
    anon = jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(r, LOWER, 20), "role": "anon",
                                                  "iat": iat, "exp": iat + 315360000}, key=rbytes(r, 32))
    return json.dumps({"supabaseUrl": "https://%s.supabase.co" % rs(r, LOWER, 20), "supabaseAnonKey": anon,
                       "mapboxPublicToken": "pk.%s.%s" % (b64url(json.dumps({"u": "veilandlace", "a": rs(r, LOWER_ALNUM, 25)}, separators=(",", ":")).encode()), rs(r, B64URL, 22)),
                       "mapsBrowserKey": "AIza" + rs(r, B64URL, 35)}, indent=2) + "\n"


def k_env_example_file(r):
    return ("# .env.example – copy to .env and fill in\nRFID_READER_API_KEY=rfr_<36 base62 + 8 hex>\n"
            "HIRE_WEBHOOK_SECRET=hbwsec_CHANGE_ME\nBACKUP_AGE_IDENTITY=AGE-SECRET-KEY-1%s\nFITTING_DIARY_ADMIN_PASSWORD=\n"
            "COSTUME_ORDERS_TOKEN=${COSTUME_ORDERS_TOKEN:?set in vault}\n") % ("X" * 58)


def k_integration_setup_docs(r):
    return ("## Connecting the hire portal\n\n1. Create a key in the dashboard (it starts with `cop_`).\n"
            "2. Put it in `.env` as `COSTUME_ORDERS_TOKEN=cop_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.\n"
            "3. Example request:\n\n    curl -H 'Authorization: Bearer <your-token-here>' https://hire.tuxhire.example/api/v%d/bookings\n") % r.randint(1, 3)


def k_hire_api_access_log(r):
    return ('10.20.0.%d - - [14/Mar/2025:10:%02d:11 +0000] "POST /api/returns HTTP/1.1" 201 88 "-" "hire-app/2.%d" '
            'auth="Bearer [REDACTED]" x-rfid-key="rfr_****************%s"\n') % (r.randint(2, 250), r.randint(0, 59), r.randint(0, 9), rs(r, HEX, 4))


def k_ci_pipeline_masked_log(r):
    return ("$ ./deploy.sh --branch %s\nUsing HIRE_WEBHOOK_SECRET=[MASKED]\nUsing STOCK_SYNC_JWT=***\n"
            "Uploading measurement backup with age identity ****\nJob succeeded\n") % r.choice(BRANCHES).lower()


def k_external_secret_yaml(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: hire-api\nspec:\n"
            "  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  data:\n"
            "    - secretKey: HIRE_WEBHOOK_SECRET\n      remoteRef:\n        key: kv/hire/%s\n        property: webhook_secret\n") % r.choice(["prod", "staging"])


def k_doppler_and_op_refs(r):
    return ("CLIENT_MEASUREMENTS_DB_PASSWORD=op://Boutique/measurements-db/password\n"
            "DAMAGE_CLAIM_SIGNING_KEY=${{ secrets.DAMAGE_CLAIM_SIGNING_KEY }}\n"
            "COSTUME_STORE_POS_PASSWORD=doppler://costume-shop/prd/POS_PASSWORD\n"
            "RFID_READER_API_KEY=arn:aws:secretsmanager:eu-west-2:%s:secret:rfid/reader-%s\n") % (rs(r, DIGITS, 12), rs(r, ALNUM, 6))


def k_auth_user_table_dump(r):
    rows = ["id | username | password"]
    for i in range(3):
        rows.append("%d | %s | pbkdf2_sha256$870000$%s$%s" % (i + 1, r.choice(["priya", "hannah", "dan", "grace", "tom"]),
                                                           rs(r, ALNUM, 22), b64(rbytes(r, 32))))
    return "\n".join(rows) + "\n"


def k_passlib_scrypt_file(r):
    return "\n".join("%s:$scrypt$ln=16,r=8,p=1$%s$%s" % (u, b64(rbytes(r, 16)).rstrip("="), b64(rbytes(r, 32)).rstrip("="))
                     for u in ["fitter", "counter", "claims"]) + "\n"


def k_sops_yaml(r):
    return ("hire_webhook_secret: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n"
            "sops:\n    age:\n        - recipient: age1%s\n    lastmodified: \"2025-03-1%dT10:22:41Z\"\n    version: 3.9.4\n") % (
        b64(rbytes(r, 33)), b64(rbytes(r, 32)), b64(rbytes(r, 16)), rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), r.randint(0, 9))


def k_ansible_vault_vars(r):
    body = rbytes(r, 32).hex() + "\n" + rbytes(r, 32).hex() + "\n" + rbytes(r, 40).hex()
    hexed = body.encode().hex()
    lines = [hexed[i:i + 80] for i in range(0, len(hexed), 80)]
    return "measurements_db_password: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("    " + l for l in lines) + "\n"


def k_staff_handbook_page(r):
    return ("Till and fitting-room tablets\nEach stylist has their own login. Never write a password on the appointment "
            "book, the whiteboard or a swing tag. If a customer asks for the Wi-Fi code, point them to the card on the "
            "%s table. Passwords are changed every %d days by the manager.\n") % (r.choice(["veil", "shoe", "accessories"]), r.choice([60, 90]))


def k_new_starter_checklist(r):
    return ("New starter checklist (%s branch)\n[ ] Set your own till password at first login (at least 12 characters)\n"
            "[ ] Enrol your phone for the hire portal two-step code\n[ ] Read the RFID gate alarm procedure\n"
            "[ ] Never share logins with Saturday temps\n") % r.choice(BRANCHES)


def k_school_costume_order_form(r):
    return ("School: St %s Primary (URN %s)\nOrder PO-%s  VAT %s\nNativity: %d x shepherd, %d x angel, 1 x Mary\n"
            "Delivery week: %d\n") % (r.choice(["Aidan's", "Hilda's", "Wilfrid's"]), rs(r, DIGITS, 6), rs(r, DIGITS, 6), uk_vat(r),
                                     r.randint(4, 12), r.randint(4, 12), r.randint(46, 50))


def k_theatre_po_text(r):
    return ("PURCHASE ORDER %s\nSupplier: Curtain Call Costumes Ltd  VAT %s\nProduction: %s (run %02d/12 – %02d/01)\n"
            "Lines: 14 principal costumes, 22 chorus\nCost centre %s\n") % (
        rs(r, DIGITS, 8), uk_vat(r), r.choice(["Cinderella", "Aladdin", "Jack and the Beanstalk"]), r.randint(1, 15),
        r.randint(2, 15), rs(r, UPPER_ALNUM, 6))


def k_release_notes(r):
    return "\n".join("* %s %s" % (sha1_hex(r)[:r.choice([7, 40])], m) for m in
                     ["fix deposit rounding", "rfid: debounce exit gate", "fittings: add hollow-to-hem"]) + "\n"


def k_kubectl_describe_images(r):
    return ("Containers:\n  hire-api:\n    Image:      registry.tuxhire.example/hire-api:2025.3\n"
            "    Image ID:   registry.tuxhire.example/hire-api@sha256:%s\n  rotation:\n"
            "    Image ID:   registry.veilandlace.lan/rotation@sha256:%s\n") % (sha256_hex(r), sha256_hex(r))


def k_stripe_event_list(r):
    return json.dumps({"object": "list", "data": [{"id": "evt_" + rs(r, ALNUM, 24), "type": "charge.refunded",
                                                   "request": {"id": "req_" + rs(r, ALNUM, 14), "idempotency_key": uuid4(r)}}]},
                      indent=2) + "\n"


def k_idempotency_audit_log(r):
    return "\n".join("deposit-refund idempotency_key=%s request_id=req_%s status=200" % (uuid4(r), rs(r, ALNUM, 14))
                     for _ in range(3)) + "\n"


def k_designer_style_catalogue(r):
    return "\n".join("%s style %d%s – %s / %s – sizes %d-%d" % (r.choice(DESIGNERS), r.randint(10000, 99999), r.choice(["", "A", "LS"]),
                                                            r.choice(COLOURS), r.choice(COLOURS), 4, r.choice([22, 26, 30]))
                     for _ in range(3)) + "\n"


def k_swatch_card_ocr(r):
    return ("SWATCH CARD\nPANTONE %02d-%04d TCX  %s\nRAL %d\nFabric: %s, lot %s\n") % (
        r.randint(11, 19), r.randint(1000, 9999), r.choice(COLOURS), r.randint(1000, 9023),
        r.choice(["duchess satin", "tulle", "crepe", "organza"]), rs(r, UPPER_ALNUM, 8))


CLASSES = [
    ("garment_rfid_epc_tag_reads", "SGTIN-96-looking EPCs (hex), TIDs, RSSI", [("rfid_reader_inventory_csv", k_rfid_inventory_csv), ("exit_gate_read_log", k_exit_gate_read_log)]),
    ("garment_gtin_and_ean8_barcodes", "GTIN-13 and EAN-8 swing-tag barcodes with real GS1 check digits", [("designer_line_sheet_csv", k_line_sheet_csv), ("goods_in_barcode_scan_log", k_goods_in_scan_log)]),
    ("branch_transfer_sscc_labels", "SSCC-18 carton codes with real GS1 check digits, transfer and seal numbers", [("branch_transfer_manifest", k_branch_transfer_manifest), ("carton_label_print_log", k_carton_label_print_log)]),
    ("client_measurement_sheets", "body measurements, client and booking UUIDv4s", [("fitting_measurement_card", k_fitting_measurement_card), ("measurements_export_json", k_measurements_export_json)]),
    ("alteration_ticket_references", "alteration tickets with real ISO 7064 MOD 97-10 check digits", [("alteration_ticket_printout", k_alteration_ticket_printout), ("workroom_queue_csv", k_workroom_queue_csv)]),
    ("hire_booking_and_return_ids", "hire references and booking UUIDv4s", [("hire_booking_confirmation_email", k_hire_booking_confirmation), ("returns_check_in_log", k_returns_check_in_log)]),
    ("deposit_card_receipt_fields", "masked PANs, AIDs, auth codes, TID / MID, Stripe `evt_` / `pi_` / `ch_` object ids", [("card_terminal_receipt_text", k_card_terminal_receipt), ("payment_intent_webhook_log", k_payment_intent_webhook_log)]),
    ("damage_claim_photo_digests", "SHA-256 photo digests (real digests of random bytes)", [("claim_photo_manifest_sha256", k_claim_photo_manifest), ("claim_evidence_report", k_claim_evidence_report)]),
    ("dry_cleaning_docket_numbers", "docket, bag-tag and batch numbers, garment EPCs", [("cleaner_docket_slip_ocr", k_cleaner_docket_ocr), ("handoff_batch_csv", k_handoff_batch_csv)]),
    ("storefront_public_client_keys", "Stripe `pk_live_`, Algolia search-only key, Supabase anon JWT (real HS256), Mapbox `pk.`, browser Maps key", [("boutique_checkout_page_html", k_checkout_page_html), ("fitting_app_public_config_json", k_fitting_app_public_config)]),
    ("sample_config_dummy_values", "placeholders with the real key names of the everyday secrets: `rfr_<…>`, `CHANGE_ME`, all-X age identity, empty, `${…:?…}`, `cop_xxxx…`, `<your-token-here>`", [("env_example_file", k_env_example_file), ("integration_setup_docs_md", k_integration_setup_docs)]),
    ("hire_api_log_redactions", "`[REDACTED]`, `rfr_****` + 4 hex, `[MASKED]`, `***`", [("hire_api_access_log", k_hire_api_access_log), ("ci_pipeline_masked_log", k_ci_pipeline_masked_log)]),
    ("external_secret_and_vault_refs", "ExternalSecret remote refs, `op://`, `${{ secrets.… }}`, `doppler://`, Secrets Manager ARNs", [("k8s_external_secret_yaml", k_external_secret_yaml), ("doppler_and_op_refs_env", k_doppler_and_op_refs)]),
    ("django_pbkdf2_and_scrypt_hashes", "Django `pbkdf2_sha256$` and passlib `$scrypt$` strings (random in frame; the column says password)", [("auth_user_table_dump", k_auth_user_table_dump), ("passlib_scrypt_hash_file", k_passlib_scrypt_file)]),
    ("sops_and_ansible_vault_ciphertext", "SOPS `ENC[AES256_GCM,…]` values with an age recipient, `$ANSIBLE_VAULT;1.1;AES256` hex bodies (random bytes in frame)", [("sops_encrypted_secrets_yaml", k_sops_yaml), ("ansible_vault_encrypted_vars", k_ansible_vault_vars)]),
    ("staff_handbook_password_guidance", "handbook and checklist prose about passwords with none in it", [("boutique_staff_handbook_page", k_staff_handbook_page), ("new_starter_it_checklist", k_new_starter_checklist)]),
    ("theatre_and_school_order_numbers", "school URNs, PO numbers, UK VAT numbers with real mod-97 check digits", [("school_costume_order_form", k_school_costume_order_form), ("theatre_purchase_order_text", k_theatre_po_text)]),
    ("deploy_commit_and_image_digests", "git SHA-1s (short and full) and `sha256:` image digests (real digests of random bytes)", [("release_notes_changelog", k_release_notes), ("kubectl_describe_pod_images", k_kubectl_describe_images)]),
    ("webhook_event_and_idempotency_ids", "`evt_` / `req_` ids and UUIDv4 idempotency keys", [("stripe_event_list_json", k_stripe_event_list), ("idempotency_key_audit_log", k_idempotency_audit_log)]),
    ("gown_style_and_colour_codes", "designer style numbers, Pantone TCX and RAL codes, fabric lots", [("designer_style_catalogue", k_designer_style_catalogue), ("swatch_card_ocr", k_swatch_card_ocr)]),
]

WRAPPERS = [
    ("", None),
    ("__in_atelier_slack_message", "Priya Patel  11:02 AM\nis this anything we need to hide? pasting from the system:\n```\n%s```\n"),
    ("__in_hire_ops_gitea_issue", "#%d Question about this output\n\nSeen on the %s branch box:\n\n```\n%s```\n\nNot urgent."),
    ("__in_supplier_email_thread", "From: accounts@curtaincallcostumes.lan\nSubject: Re: %s\n\nHi, as requested, below:\n\n%s\nKind regards,\nMel\n"),
    ("__in_bridal_trade_forum_post", "Posted in Shop Systems › Help\n\nDoes anyone know what these fields mean? Our supplier export looks like this:\n\n%s\nThanks in advance!\n"),
]


def build(forbidden, start_id):
    """forbidden: strings (6+ chars) that must not occur in any negative text."""
    rng = random.Random(SEED)
    out = []
    n = start_id
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wname, wt in WRAPPERS:
                for _ in range(50):
                    body = fn(rng)
                    if wt is None:
                        text = body
                    elif wname == "__in_hire_ops_gitea_issue":
                        text = wt % (rng.randint(40, 400), rng.choice(BRANCHES), body)
                    elif wname == "__in_supplier_email_thread":
                        text = wt % (kname.replace("_", " "), body)
                    else:
                        text = wt % body
                    if text in seen or any(f in text for f in forbidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative could not avoid forbidden strings")
                seen.add(text)
                out.append({"id": "p212-n-%04d" % n, "class": cname, "container": kname + wname, "text": text,
                            "source": "negative"})
                n += 1
    return out
