"""Hard negatives of the repair / refurb / recycling world: no secret, but they look like they might hold one."""
import hashlib, hmac, json, random
import common209 as C

SEED = 20906
rs, H, HU, A, D, U, L = C.rs, C.HEXL, C.HEXU, C.ALNUM, C.DIGITS, C.UPALNUM, C.LOWALNUM
MODELS = ["iPhone 12", "iPhone 13", "iPhone SE (3rd gen)", "Galaxy S21", "Galaxy A53", "Pixel 7", "Pixel 6a", "iPad Air 4", "Moto G54"]


def imei(rng):
    body = rng.choice(["35", "86", "01", "99"]) + rs(rng, D, 12)
    return body + C.luhn_digit(body)


def iccid(rng):
    body = "8944" + rs(rng, D, 14)
    return body + C.luhn_digit(body)


def eid(rng):
    body = "89049032" + rs(rng, D, 22)
    n = int(body + "00")
    chk = 98 - (n % 97)
    return body + "%02d" % chk


def eid_ok(e):
    return len(e) == 32 and int(e) % 97 == 1


def gtin13(rng):
    body = rng.choice(["50", "88", "69", "19"]) + rs(rng, D, 10)
    return body + C.gtin_check(body)


S10_W = [8, 6, 4, 2, 3, 5, 9, 7]


def s10_check(d8):
    s = sum(int(c) * w for c, w in zip(d8, S10_W))
    c = 11 - s % 11
    return "0" if c == 10 else ("5" if c == 11 else str(c))


def s10(rng):
    d8 = rs(rng, D, 8)
    return rng.choice(["AB", "JD", "RM", "TT"]) + d8 + s10_check(d8) + "GB"


def mac(rng):
    return ":".join(rs(rng, HU, 2) for _ in range(6))


def sha256(rng):
    return hashlib.sha256(C.rbytes(rng, 32)).hexdigest()


def sha1(rng):
    return hashlib.sha1(C.rbytes(rng, 20)).hexdigest()


BCRYPT_ALPHA = "./" + C.UPPER + C.LOWER + D
CRYPT_ALPHA = "./" + D + C.UPPER + C.LOWER


# ---------------------------------------------------------------- base kinds (name -> generator)
def imei_scan_log(rng):
    lines = ["2025-03-14T09:%02d:%02d intake scanner=HS-2 imei=%s model=\"%s\" imei2=%s" % (rng.randint(0, 59), rng.randint(0, 59), imei(rng), rng.choice(MODELS), imei(rng)) for _ in range(3)]
    return "\n".join(lines) + "\n"


def device_label_ocr(rng):
    return "IMEI %s\nIMEISV %s%02d\nMEID %s\nS/N %s\nMade in China   FCC ID BCG-E%d\n" % (imei(rng), rs(rng, D, 14), rng.randint(1, 99), rs(rng, HU, 14), rs(rng, U, 10), rng.randint(3000, 4200))


def apple_serial_csv(rng):
    rows = ["serial,model,part_number,colour,grade"]
    for _ in range(4):
        rows.append("%s,A%d,M%s%d%s/A,%s,%s" % (rs(rng, U, 12), rng.randint(2100, 2900), rs(rng, U, 3), rng.randint(10, 99), rng.choice("BNLY"), rng.choice(["Midnight", "Starlight", "Blue"]), rng.choice("ABC")))
    return "\n".join(rows) + "\n"


def service_tag_sheet(rng):
    return "Laptop intake – ThinkPad / Latitude\nDell service tag: %s (express code %s)\nLenovo MTM %s SN %s\nBIOS asset tag: FF-%05d\n" % (rs(rng, U, 7), rs(rng, D, 11), "20%s%s" % (rs(rng, U, 2), rs(rng, U, 6)), "PF" + rs(rng, U, 6), rng.randint(0, 99999))


def parts_price_csv(rng):
    rows = ["sku,gtin,description,cost_gbp"]
    for _ in range(4):
        rows.append("SCR-%s-%s,%s,%s screen assembly %s,%d.%02d" % (rng.choice(["IP12", "IP13", "S21", "PX7"]), rs(rng, U, 4), gtin13(rng), rng.choice(["OLED", "Incell", "Soft OLED"]), rng.choice(["OEM pull", "aftermarket"]), rng.randint(18, 160), rng.randint(0, 99)))
    return "\n".join(rows) + "\n"


def goods_in_scan(rng):
    return "\n".join("goods-in %s scanned %s qty=%d bin=%s-%02d" % (rng.choice(["BAT", "FLEX", "CAM", "GLS"]), gtin13(rng), rng.randint(1, 40), rng.choice("ABCD"), rng.randint(1, 30)) for _ in range(4)) + "\n"


def ticket_header(rng):
    return "Repair ticket RT-%d  (booking %s)\nDevice: %s  IMEI %s\nFault: cracked screen, battery at %d%% health\nTag no. %d\n" % (rng.randint(40000, 49999), C.uuid4(rng), rng.choice(MODELS), imei(rng), rng.randint(61, 89), rng.randint(100, 999))


def rma_confirmation(rng):
    return "Your RMA RMA-%s-%05d has been approved.\nReturn tracking: %s (Royal Mail Tracked 48)\nSupplier case %s\n" % (rs(rng, U, 3), rng.randint(0, 99999), s10(rng), rs(rng, D, 9))


def wipe_cert_text(rng):
    return ("DATA ERASURE CERTIFICATE\nCertificate ID: %s\nDrive: %s  S/N %s  Capacity 256 GB\nMethod: NIST 800-88 Purge (crypto erase) – verified 100%%\nReport SHA-256: %s\n" % (C.uuid4(rng), rng.choice(["Samsung PM981", "WD SN530", "Crucial MX500"]), rs(rng, U, 14), sha256(rng)))


def nwipe_log(rng):
    return ("[2025/03/14 10:%02d:%02d] notice: /dev/%s S/N %s model %s\n[2025/03/14 11:%02d:%02d] info: pass 1/1 PRNG stream (isaac64) complete, verify OK\n[2025/03/14 11:%02d:%02d] info: blanking pass complete, status ERASED\n" % (rng.randint(0, 59), rng.randint(0, 59), rng.choice(["sda", "sdb", "sdc"]), rs(rng, U, 12), rs(rng, U, 8), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 59)))


def consignment_note(rng):
    return "Hazardous waste consignment note\nConsignment code: FIXFRO/%s%04d\nEWC code: 16 06 01* (lead batteries)  20 01 35* (discarded electrical equipment)\nPremises code: %s\nCarrier registration: CBDU%d\n" % (rs(rng, U, 1), rng.randint(0, 9999), rs(rng, U, 6), rng.randint(100000, 999999))


def weee_producer_letter(rng):
    return "Dear FixFront Repairs,\nYour WEEE producer registration number is WEE/%s%04d%s. Your compliance scheme reference is PCS-%05d.\nCollections logged this quarter: %d kg (category 6, small IT).\n" % (rs(rng, U, 2), rng.randint(0, 9999), rs(rng, U, 2), rng.randint(0, 99999), rng.randint(200, 2000))


def un38_summary(rng):
    return "UN38.3 Test Summary\nCell: Li-ion polymer %d mAh, %0.2f Wh\nTest report no.: %s-%d\nUN number: UN3481 (packed with equipment)\nLab: %s Testing Ltd\n" % (rng.randint(2000, 5000), rng.uniform(7, 19), rs(rng, U, 4), rng.randint(100000, 999999), rng.choice(["Northgate", "Harbour", "Elmwood"]))


def dg_label(rng):
    return "LITHIUM ION BATTERIES – UN3480\nHandle with care – flammability hazard if damaged\nFor more information call +44 20 7946 %04d\nShipment %s  Pieces %d\n" % (rng.randint(0, 9999), s10(rng), rng.randint(1, 9))


def sim_inventory(rng):
    rows = ["tray,iccid,network,status"]
    for i in range(4):
        rows.append("T%02d,%s,%s,%s" % (i + 1, iccid(rng), rng.choice(["EE", "O2", "Vodafone", "Three"]), rng.choice(["returned to customer", "destroyed", "in device"])))
    return "\n".join(rows) + "\n"


def esim_log(rng):
    return "eSIM transfer check for %s\nEID %s\nprofile ICCID %s state=disabled\nEID %s (second device)\n" % (rng.choice(MODELS), eid(rng), iccid(rng), eid(rng))


def checkout_html(rng):
    return ('<form id="tradein-checkout">\n  <script src="https://js.stripe.com/v3/"></script>\n  <script>const stripe = Stripe("pk_live_51%s");</script>\n  <div class="g-recaptcha" data-sitekey="6L%s"></div>\n  <div class="h-captcha" data-sitekey="%s"></div>\n</form>\n' % (rs(rng, A, 97), rs(rng, C.B64URL, 38), C.uuid4(rng)))


def firebase_config(rng):
    return json.dumps({"apiKey": "AIza" + rs(rng, C.B64URL, 35), "authDomain": "fixfront-buyback.firebaseapp.com", "projectId": "fixfront-buyback",
                       "appId": "1:%s:android:%s" % (rs(rng, D, 12), rs(rng, H, 16)), "posthogProjectKey": "phc_" + rs(rng, A, 43)}, indent=2) + "\n"


def env_sample(rng):
    return ("# .env.sample – copy to .env and fill in\nTICKET_ADMIN_PASSWORD=\nIMEI_CHECK_API_KEY=ick_00000000.<your-secret-here>\nDIAG_LICENCE_KEY=DGL-XXXXX-XXXXX-XXXXX-XXXXX-X\nWIPE_CERT_SIGNING_KEY=wcsk_<43 base64url chars>_<crc32>\nLISTING_SYNC_TOKEN=v4.local.REPLACE_ME\nREPAIR_DB_HOST=%s\n" % rng.choice(["localhost", "db", "127.0.0.1"]))


def vendor_readme(rng):
    return ("## Configuring the Back Market sync\n\n1. Set `STRIPE_LIVE_SECRET_KEY=sk_live_...` in your shell (never commit it).\n2. `export TRADEIN_ADMIN_PASSWORD=${TRADEIN_ADMIN_PASSWORD:?set me}`\n3. Paste your token where it says `<paste token>` in `config/listing.yml`.\n4. Example value shape: `pswhsec_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.\n")


def request_log(rng):
    return ("%s POST /v1/imei/check 200 %dms auth=Bearer ick_********.****%s\n%s GET /v1/listings 200 %dms token=v4.local.[redacted]\n" % ("2025-03-14T10:%02d:00Z" % rng.randint(0, 59), rng.randint(20, 400), rs(rng, H, 4), "2025-03-14T10:%02d:30Z" % rng.randint(0, 59), rng.randint(20, 400)))


def ci_masked(rng):
    return ("$ ./scripts/deploy.sh\n+ export WIPE_CONSOLE_PASSWORD=***\n+ export PARTS_WEBHOOK_SECRET=[REDACTED]\n+ curl -H 'Authorization: Bearer ****' https://api.fixfront.example/deploy\nJob succeeded (build %d)\n" % rng.randint(1000, 9999))


def helm_refs(rng):
    return ("env:\n  - name: INTAKE_DB_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: intake-db, key: password }\n  - name: DIAG_LICENCE_KEY\n    value: \"vault:secret/data/shop/diag#licence\"\n  - name: IMEI_CHECK_API_KEY\n    value: \"op://Shop/IMEI check/credential\"\n")


def loadcredential_unit(rng):
    return ("[Service]\nLoadCredential=wipe-console:/etc/credstore/wipe-console\nEnvironment=PARAM=/fixfront/prod/wipe/console-%d\nExecStart=/opt/wipe/bin/console --secret-file ${CREDENTIALS_DIRECTORY}/wipe-console\n" % rng.randint(1, 9))


def staff_dump(rng):
    rows = []
    for u in ["tech", "benchlead", "counter"]:
        rows.append("INSERT INTO staff (login, password_hash) VALUES ('%s', '$2b$12$%s');" % (u, rs(rng, BCRYPT_ALPHA, 53)))
    return "\n".join(rows) + "\n"


def shadow_excerpt(rng):
    return "\n".join("%s:$6$%s$%s:19%03d:0:99999:7:::" % (u, rs(rng, CRYPT_ALPHA, 16), rs(rng, CRYPT_ALPHA, 86), rng.randint(100, 999)) for u in ["wipeop", "grader"]) + "\n"


def _armor(rng, n):
    b = C.b64std(C.rbytes(rng, n))
    return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


def age_file(rng):
    return "-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----\n" % _armor(rng, 180)


def pgp_email(rng):
    return "Subject: wipe certificates batch %d\n\n-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n" % (rng.randint(100, 999), _armor(rng, 210), rs(rng, C.B64STD, 4))


def counter_policy(rng):
    return ("Front counter policy – customer passcodes\nWe never ask customers to write their passcode on the job card. If a repair needs the device unlocked, the customer types it in front of the technician, or we book a collection when they can be present. Staff logins are personal; never share yours, and change it if you think someone saw it.\n")


def onboarding_checklist(rng):
    return ("New technician – week 1\n[ ] Get your own account on the repair-ticket system (the manager sets a temporary one; you must change it at first sign-in)\n[ ] Enrol the authenticator app\n[ ] Read: why we do not keep customer unlock codes\n[ ] Wipe-station training with %s\n" % rng.choice(["Megan", "Dele", "Priya"]))


def backmarket_export(rng):
    rows = ["order_id,listing_id,sku,grade,price"]
    for _ in range(3):
        rows.append("%d,%s,%s-%s,%s,%d.00" % (rng.randint(40000000, 49999999), C.uuid4(rng), rng.choice(["IP12", "S21", "PX7"]), rs(rng, U, 6), rng.choice(["Excellent", "Good", "Fair"]), rng.randint(120, 480)))
    return "\n".join(rows) + "\n"


def marketplace_email(rng):
    return "eBay: item %d sold – buyer %s\nAmazon order %03d-%07d-%07d, ASIN B0%s\nDispatch by tomorrow with tracking %s\n" % (rng.randint(100000000000, 399999999999), rs(rng, L, 8), rng.randint(200, 299), rng.randint(0, 9999999), rng.randint(0, 9999999), rs(rng, U, 8), s10(rng))


def imei_check_json(rng):
    return json.dumps({"report_id": rs(rng, H, 24), "imei": imei(rng), "model": rng.choice(MODELS), "blacklist": "CLEAN", "find_my": "OFF",
                       "carrier": "Unlocked", "checked_at": "2025-03-14T09:12:00Z"}, indent=2) + "\n"


def activation_printout(rng):
    return "ACTIVATION LOCK STATUS\nSerial %s\nIMEI %s\nActivation Lock: OFF\nMDM: not enrolled\nCheck ref %s\n" % (rs(rng, U, 12), imei(rng), rs(rng, HU, 16))


def ipsw_manifest(rng):
    return "\n".join("iPhone14,%d  iOS 17.%d  build 21E%03d  sha1 %s" % (rng.randint(2, 8), rng.randint(0, 6), rng.randint(100, 299), sha1(rng)) for _ in range(3)) + "\n"


def android_fingerprint(rng):
    return "ro.build.fingerprint=google/%s/%s:14/AP2A.%d.%03d/%d:user/release-keys\nro.build.version.security_patch=2025-02-05\nbootloader=%s-%d.%d-%d\n" % (rng.choice(["panther", "bluejay", "oriole"]), rng.choice(["panther", "bluejay", "oriole"]), rng.randint(240000, 249999), rng.randint(1, 99), rng.randint(10000000, 12999999), rng.choice(["cloudripper", "slider"]), rng.randint(1, 9), rng.randint(0, 9), rng.randint(1000000, 9999999))


def mac_list(rng):
    return "\n".join("%s  wifi %s  bt %s" % (rng.choice(MODELS), mac(rng), mac(rng)) for _ in range(3)) + "\n"


def udid_list(rng):
    return "Device ID (UDID)\tDevice Name\tDevice Model\n" + "\n".join("%s-%s\tBench test %d\tiPhone" % (rng.choice(["00008110", "00008101", "00008030"]), rs(rng, HU, 16), i) for i in range(1, 3)) + "\n%s\tLegacy test iPod\tiPod\n" % rs(rng, H, 40)


def export_options(rng):
    return '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>\n<key>method</key><string>app-store</string>\n<key>teamID</key><string>%s</string>\n<key>provisioningProfiles</key><dict><key>uk.fixfront.buyback</key><string>%s</string></dict>\n</dict></plist>\n' % (rs(rng, U, 10), C.uuid4(rng))


def play_fingerprints(rng):
    fp = ":".join(rs(rng, HU, 2) for _ in range(32))
    return "App signing key certificate\nSHA-256 certificate fingerprint: %s\nSHA-1: %s\nOAuth client: %s-%s.apps.googleusercontent.com\n" % (fp, ":".join(rs(rng, HU, 2) for _ in range(20)), rs(rng, D, 12), rs(rng, L, 32))


CLASSES = [
    ("handset_imei_and_meid_numbers", [("intake_imei_scan_log", imei_scan_log), ("device_label_photo_ocr", device_label_ocr)], "IMEIs with real Luhn digits, IMEISV, MEIDs, serials, FCC ids"),
    ("device_serials_and_model_numbers", [("apple_serial_lookup_csv", apple_serial_csv), ("laptop_service_tag_sheet", service_tag_sheet)], "Apple serials, model and part numbers, Dell service tags and express codes, Lenovo MTM / SN"),
    ("part_skus_and_gtin_barcodes", [("screen_parts_price_list_csv", parts_price_csv), ("goods_in_scan_log", goods_in_scan)], "part SKUs and GTIN-13 barcodes with real GS1 check digits"),
    ("repair_ticket_and_rma_references", [("repair_ticket_header", ticket_header), ("supplier_rma_confirmation", rma_confirmation)], "ticket numbers, booking UUIDv4s, RMA numbers, Royal Mail S10 tracking numbers with real check digits"),
    ("data_wipe_certificate_fields", [("wipe_certificate_pdf_text", wipe_cert_text), ("nwipe_log_excerpt", nwipe_log)], "certificate UUIDv4s, drive serials, SHA-256 report digests (real digests of random bytes), erase methods"),
    ("weee_consignment_and_waste_codes", [("hazardous_waste_consignment_note", consignment_note), ("weee_producer_registration_letter", weee_producer_letter)], "consignment codes, EWC codes, premises codes, carrier and WEEE producer registrations"),
    ("lithium_battery_shipping_marks", [("un38_3_test_summary", un38_summary), ("courier_dangerous_goods_label", dg_label)], "UN3480 / UN3481 marks, Wh ratings, test-report numbers"),
    ("sim_iccid_and_eid_numbers", [("sim_tray_inventory_csv", sim_inventory), ("esim_eid_transfer_log", esim_log)], "SIM ICCIDs with real Luhn digits, 32-digit EIDs with real mod-97 check digits"),
    ("public_checkout_and_captcha_site_keys", [("tradein_checkout_page_html", checkout_html), ("buyback_app_firebase_config_json", firebase_config)], "Stripe `pk_live_`, reCAPTCHA and hCaptcha site keys, Firebase web `apiKey`, PostHog `phc_` project key"),
    ("setup_doc_placeholder_values", [("env_sample_for_repair_app", env_sample), ("vendor_integration_readme_md", vendor_readme)], "empty values, `<your-secret-here>`, `DGL-XXXXX-…`, `REPLACE_ME`, `sk_live_...`, `${…:?…}`, `<paste token>`, all-X shapes"),
    ("redacted_values_in_repair_logs", [("repair_api_request_log", request_log), ("ci_job_masked_output", ci_masked)], "`ick_********.****` + 4 hex, `[redacted]`, `***`, `[REDACTED]`, `Bearer ****`"),
    ("vault_and_parameter_store_pointers", [("helm_values_secret_refs_yaml", helm_refs), ("systemd_loadcredential_unit", loadcredential_unit)], "secretKeyRef, `vault:` and `op://` references, systemd credentials, parameter names"),
    ("bcrypt_and_sha512crypt_hashes", [("staff_table_dump_sql", staff_dump), ("linux_shadow_excerpt", shadow_excerpt)], "`$2b$12$` bcrypt and `$6$` SHA-512-crypt strings (random in frame; the column is called password_hash)"),
    ("age_and_pgp_armoured_ciphertext", [("age_encrypted_backup_file", age_file), ("pgp_encrypted_email_body", pgp_email)], "age and OpenPGP armoured messages (random bytes in the frame)"),
    ("staff_briefing_on_customer_passcodes", [("front_counter_policy_page", counter_policy), ("technician_onboarding_checklist", onboarding_checklist)], "policy and onboarding prose about passwords and passcodes without any"),
    ("marketplace_order_and_listing_ids", [("back_market_order_export_csv", backmarket_export), ("ebay_amazon_order_email", marketplace_email)], "Back Market order and listing ids, eBay item numbers, Amazon order ids and ASINs"),
    ("device_lock_and_blacklist_reports", [("imei_check_result_json", imei_check_json), ("activation_lock_status_printout", activation_printout)], "IMEI-check report ids, blacklist / Find My / carrier status"),
    ("firmware_build_and_checksum_lists", [("ipsw_download_manifest", ipsw_manifest), ("android_build_fingerprint_log", android_fingerprint)], "iOS builds with SHA-1 digests (real digests of random bytes), Android build fingerprints"),
    ("radio_mac_and_udid_identifiers", [("bluetooth_wifi_mac_list", mac_list), ("ios_udid_provisioning_list", udid_list)], "Wi-Fi and Bluetooth MACs, iOS UDIDs (new and legacy 40-hex form)"),
    ("app_store_and_play_public_identifiers", [("ios_export_options_plist", export_options), ("play_app_signing_fingerprints", play_fingerprints)], "Apple team ids, provisioning-profile UUIDv4s, Play signing certificate fingerprints, Google OAuth client ids"),
]
WRAPPERS = [
    (None, None),
    ("in_bench_teams_thread", lambda body, rng: "Teams – #bench-tech\n%s: can someone sanity-check this?\n```\n%s```\n" % (rng.choice(["Megan", "Dele", "Priya"]), body)),
    ("in_refurb_gitea_issue", lambda body, rng: "Issue #%d · refurb/listing-sync\nSeen in prod, attaching the relevant bit:\n\n```\n%s```\n" % (rng.randint(100, 999), body)),
    ("in_supplier_email", lambda body, rng: "From: support@partsdepot.example\nSubject: Re: your query %d\n\nHello,\n\n%s\nKind regards,\nParts Depot support\n" % (rng.randint(1000, 9999), body)),
    ("in_repair_forum_post", lambda body, rng: "Re: weird output from our shop system (post #%d)\n\nQuoting what I see:\n> %s\nAny ideas?\n" % (rng.randint(10000, 99999), body.rstrip("\n").replace("\n", "\n> "))),
]


def generate(reg_strings):
    """reg_strings: list of registered strings (values, plains, neighbours) to keep out of negatives."""
    rng = random.Random(SEED)
    long_regs = [s for s in reg_strings if len(s) >= 6]
    recs = []
    for cls, kinds, _ in CLASSES:
        for kname, fn in kinds:
            for wname, wrap in WRAPPERS:
                for _ in range(100):
                    body = fn(rng)
                    text = body if wrap is None else wrap(body, rng)
                    if not any(s in text for s in long_regs):
                        break
                else:
                    raise RuntimeError("negative collides " + kname)
                recs.append({"class": cls, "container": kname if wname is None else kname + "__" + wname, "text": text, "source": "negative"})
    return recs
