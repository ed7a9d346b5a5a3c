"""Hard negatives from the beekeeping world: look like secrets, are not."""
import hashlib
import json
import random

import common174 as C

SEED = 17406
H, UH, A, D, L = C.HEX, "0123456789ABCDEF", C.ALNUM, C.DIGITS, C.LOWER


def hx(r, n, up=False):
    return C.rs(r, UH if up else H, n)


def imei(r):
    p = "35" + C.rs(r, D, 12)
    return p + C.luhn_digit(p)


def iccid(r):
    p = "8935301" + C.rs(r, D, 11)
    return p + C.luhn_digit(p)


def gtin13(r):
    p = "539" + C.rs(r, D, 9)
    return p + C.gs1_check(p)


def sscc(r):
    p = "0539" + C.rs(r, D, 13)
    return p + C.gs1_check(p)


def sha256_of(r):
    return hashlib.sha256(C.rbytes(r, 40)).hexdigest()


def md5_of(r):
    return hashlib.md5(C.rbytes(r, 40)).hexdigest()


def bcrypt_like(r):
    return "$2b$12$" + C.rs(r, "./" + A, 53)


def yescrypt_like(r):
    return "$y$j9T$" + C.rs(r, "./" + A, 22) + "$" + C.rs(r, "./" + A, 43)


# ---------------------------------------------------------------- base kinds
def k_ttn_devices(r):
    rows = ["DEVICE ID        DEV EUI           JOIN EUI          DEV ADDR  LAST SEEN"]
    for i in range(4):
        rows.append("hive-scale-%02d    70B3D57ED00%s  0000000000000000  260B%s  %d min ago" % (
            r.randint(1, 40), hx(r, 5, True), hx(r, 4, True), r.randint(1, 59)))
    return "\n".join(rows)


def k_gateway_eui_csv(r):
    rows = ["gateway_id,gateway_eui,site,backhaul,frequency_plan"]
    for s in ("north-yard", "heather-moor", "orchard-b"):
        rows.append("gw-%s,%s,%s,%s,EU_863_870_TTN" % (s, "A840411" + hx(r, 9, True), s, r.choice(["lte", "wifi", "ethernet"])))
    return "\n".join(rows)


def k_uplink_json(r):
    ev = {"deduplicationId": C.uuid4(r), "deviceInfo": {"deviceName": "hive-scale-%02d" % r.randint(1, 40),
          "devEui": "70b3d57ed00" + hx(r, 5)}, "devAddr": "260b" + hx(r, 4), "fCnt": r.randint(100, 9000), "fPort": 2,
          "data": C.b64(C.rbytes(r, 11)), "object": {"weight_kg": round(r.uniform(25, 60), 2), "temp_c": round(r.uniform(30, 36), 1)}}
    return json.dumps(ev, indent=2)


def k_pkt_fwd_log(r):
    return ("INFO: [up] PUSH_ACK received in 28 ms\nJSON up: {\"rxpk\":[{\"tmst\":%d,\"freq\":868.1,\"datr\":\"SF7BW125\",\"rssi\":-%d,"
            "\"lsnr\":7.5,\"size\":23,\"data\":\"%s\"}]}\nMIC %s  FCnt %d  (payload encrypted with the session key, not shown)"
            % (r.randint(10 ** 8, 10 ** 9), r.randint(60, 115), C.b64(C.rbytes(r, 23)), hx(r, 8), r.randint(10, 9999)))


def k_queen_rows(r):
    rows = ["queen_id,hive,year_colour,marked,line,mated_at,ring_no"]
    for _ in range(4):
        rows.append("Q-%d-%s,H%03d,%s,yes,%s,%s,DE-%d-%s" % (r.choice([2023, 2024]), hx(r, 4, True), r.randint(1, 120),
                    r.choice(["red", "green", "white"]), r.choice(["Buckfast", "Carnica", "AMM"]),
                    r.choice(["island station", "open", "II"]), r.randint(10, 99), C.rs(r, D, 5)))
    return "\n".join(rows)


def k_pedigree_card(r):
    return ("PEDIGREE CARD\nQueen: B%d(%s)  Mother: B%d(%s)  Drone line: %s\nBreeder no. %s  Instrumental insemination batch II-%s-%s\n"
            "Zuchtwert (breeding value): %d / swarming %d / hygiene %d\n" % (
                r.randint(1, 99), C.rs(r, L, 2).upper(), r.randint(1, 99), C.rs(r, L, 2).upper(),
                r.choice(["KB", "AR", "GS"]) + C.rs(r, D, 3), C.rs(r, D, 6), C.rs(r, D, 4), hx(r, 6, True),
                r.randint(95, 125), r.randint(95, 125), r.randint(95, 125)))


def k_alcohol_wash(r):
    rows = ["date,hive,bees_sampled,mites,mites_per_100,action"]
    for _ in range(5):
        m = r.randint(0, 14)
        rows.append("2024-0%d-%02d,H%03d,300,%d,%.1f,%s" % (r.randint(6, 9), r.randint(1, 28), r.randint(1, 120), m, m / 3,
                    "treat" if m > 9 else "monitor"))
    return "\n".join(rows)


def k_treatment_sheet(r):
    return ("VETERINARY MEDICINE RECORD - APIARY %s\nProduct: Apivar strips  Batch: %s  Expiry: 0%d/2026  VM %s/%s\n"
            "Strips per colony: 2  Hives treated: %d  Withdrawal before honey supers: 0 days\nSigned: ________" % (
                C.rs(r, D, 5), C.rs(r, UH[10:] + D, 8), r.randint(1, 9), C.rs(r, D, 5), C.rs(r, D, 4), r.randint(4, 40)))


def k_registration_letter(r):
    return ("Dear beekeeper,\nYour apiary has been registered. Apiary reference: %s-%s. Please quote your beekeeper number %s "
            "in all correspondence with the bee inspector. Registration is free and does not expire." % (
                r.choice(["NBU", "API", "REG"]), C.rs(r, D, 7), C.rs(r, D, 6)))


def k_holding_numbers(r):
    rows = ["holding_number;apiary_name;grid_ref;colonies"]
    for _ in range(4):
        rows.append("%02d/%03d/%04d;%s;%s%s;%d" % (r.randint(1, 99), r.randint(1, 999), r.randint(1, 9999),
                    r.choice(["Moor Gate", "Old Orchard", "Heather Bank", "Lime Walk"]), r.choice(["SK", "SE", "NY"]),
                    C.rs(r, D, 6), r.randint(2, 30)))
    return "\n".join(rows)


def k_bottling_label(r):
    return ("BOTTLING RUN %s\nProduct: Wildflower honey 340 g  GTIN %s\nLot: L24%s  Best before: 12/2026\nJars filled: %d  Line speed: %d/min" % (
        C.rs(r, D, 4), gtin13(r), C.rs(r, D, 3), r.randint(200, 2400), r.randint(20, 60)))


def k_gs1_128(r):
    g = "0" + gtin13(r)[:-1]
    g = g + C.gs1_check(g)
    return "(00) %s\n(02) %s (37) %d (10) L24%s (15) 2612%02d\nPallet label printed on ZT411, copy for the haulier" % (
        sscc(r), g, r.randint(12, 96), C.rs(r, D, 3), r.randint(1, 28))


def k_qr_scans(r):
    rows = ["scanned_at,url,country"]
    for _ in range(4):
        rows.append("2024-10-%02d,https://id.meadowbee.example/01/%s/10/L24%s,%s" % (r.randint(1, 30), gtin13(r).rjust(14, "0"),
                    C.rs(r, D, 3), r.choice(["IE", "GB", "DE", "NL"])))
    return "\n".join(rows)


def k_digital_link_field(r):
    return "Label template field \"qr_payload\" = https://id.meadowbee.example/01/{GTIN14}/10/{LOT}?s=%s\n(s = short hash of the lot sheet for cache busting, public)" % hx(r, 12)


def k_pollination_header(r):
    return ("POLLINATION SERVICES AGREEMENT No. PSA-%d-%s\nGrower: %s Orchards Ltd (VAT %s)\nCrop: %s  Hives: %d  Min. frames of bees: 8\n"
            "Placement window: %s" % (r.choice([2024, 2025]), C.rs(r, D, 4), r.choice(["Blackwater", "Ashby", "Kellet"]),
                                      "IE" + C.rs(r, D, 7) + C.rs(r, L, 1).upper(), r.choice(["apple", "oilseed rape", "blueberry"]),
                                      r.randint(10, 200), "week 16 to week 19"))


def k_grower_invoice(r):
    rows = ["invoice_no,contract,hives,rate_eur,total_eur,iban_last4"]
    for _ in range(3):
        h = r.randint(10, 120)
        rows.append("INV-%s,PSA-2024-%s,%d,45.00,%d.00,%s" % (C.rs(r, D, 6), C.rs(r, D, 4), h, h * 45, C.rs(r, D, 4)))
    return "\n".join(rows)


def k_sim_inventory(r):
    rows = ["scale_serial,imei,iccid,apn,status"]
    for _ in range(3):
        rows.append("HS-%s,%s,%s,iot.1nce.net,active" % (C.rs(r, D, 4), imei(r), iccid(r)))
    return "\n".join(rows)


def k_ati_log(r):
    return "AT+GSN\r\n%s\r\nOK\r\nAT+QCCID\r\n+QCCID: %s\r\nOK\r\nAT+CSQ\r\n+CSQ: %d,99\r\nOK" % (imei(r), iccid(r), r.randint(8, 28))


def k_fw_sums(r):
    return "\n".join("%s  %s" % (sha256_of(r), f) for f in
                     ("hivescale-esp32-v%d.%d.bin" % (r.randint(1, 3), r.randint(0, 9)), "hivescale-bootloader.bin", "partitions.bin"))


def k_audio_manifest(r):
    rows = ["file,md5,duration_s,label"]
    for _ in range(4):
        rows.append("hive%02d_%s.wav,%s,%d,%s" % (r.randint(1, 40), C.rs(r, D, 8), md5_of(r), r.randint(10, 60),
                    r.choice(["queenright", "queenless", "pre-swarm", "piping"])))
    return "\n".join(rows)


def k_checkout_html(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  // publishable key - safe to ship to the browser\n"
            "  const stripe = Stripe('pk_live_51%s');\n  const shopifyStorefrontToken = '%s'; // Storefront API, public access token\n</script>" % (
                C.rs(r, A, 97), hx(r, 32)))


def k_map_widget(r):
    return json.dumps({"apiaryMap": {"mapboxPublicToken": "pk." + C.b64url_nopad(json.dumps({"u": "meadowbee", "a": "cl" + C.rs(r, L + D, 23)}, separators=(",", ":")).encode()) + "." + C.rs(r, A + "-_", 22),
                                     "algoliaAppId": C.rs(r, UH[10:] + D, 10), "algoliaSearchOnlyKey": hx(r, 32),
                                     "style": "outdoors-v12"}}, indent=2)


def k_gateway_ocr(r):
    return ("LoRaWAN Gateway - Network Settings\nLTE APN: iot.1nce.net   User: (none)\nWiFi SSID: beeyard-ap   Passphrase: ••••••••••\n"
            "MQTT broker: 10.42.0.%d:8883   Password: ************\nAppKey: ●●●●●●●●●●●●●●●●●●●●●●●●●●●●%s" % (r.randint(2, 250), hx(r, 4, True)))


def k_masked_integrations(r):
    return ("Integrations\n  Shopify       shpat_••••••••••••••••••••••••%s   connected\n  Mailchimp     ****************************-us%d   connected\n"
            "  Twilio        auth token [hidden]   SID AC%s\n  Webhook       hswh_[REDACTED]" % (hx(r, 4), r.randint(10, 21), hx(r, 32)))


def k_env_example(r):
    return ("# .env.example - copy to .env and fill in\nSCALE_GATEWAY_ADMIN_PASSWORD=\nHIVE_INGEST_API_KEY=hsk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
            "LORAWAN_APP_KEY=<32-hex-appkey-from-ttn-console>\nVARROA_SERVICE_TOKEN=your-jwt-here\nSHOP_WEBHOOK_SECRET=changeme\n")


def k_quickstart(r):
    return ("Quickstart (from the vendor docs):\n  curl https://api.hivevendor.example/v1/hives \\\n    -H \"Authorization: Bearer YOUR_API_TOKEN\"\n"
            "Replace YOUR_API_TOKEN with the token from Settings > API. Example response id: hive_%s" % C.rs(r, L + D, 12))


def k_external_secret(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: hive-ingest\nspec:\n  secretStoreRef:\n    name: vault-apiary\n"
            "  data:\n    - secretKey: HIVE_INGEST_API_KEY\n      remoteRef:\n        key: kv/apiary/prod/hive-ingest\n        property: api_key\n")


def k_ci_pointers(r):
    return ("env:\n  SHOP_WEBHOOK_SECRET: ${{ secrets.SHOP_WEBHOOK_SECRET }}\n  LORAWAN_APP_KEY: op://Apiary/hive-node-%02d/appkey\n"
            "  DB_PASSWORD_ARN: arn:aws:secretsmanager:eu-west-1:%s:secret:inspection-db-%s\n" % (r.randint(1, 40), C.rs(r, D, 12), C.rs(r, A, 6)))


def k_age_file(r):
    body = C.b64(C.rbytes(r, 150))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "# .env.age - decrypt with the apiary ops identity\n-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(lines) + "\n-----END AGE ENCRYPTED FILE-----"


def k_pgp_ticket(r):
    body = C.b64(C.rbytes(r, 120))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("Sent the new credentials to the inspector encrypted to her key:\n-----BEGIN PGP MESSAGE-----\n\n" + "\n".join(lines) +
            "\n=" + C.rs(r, A, 4) + "\n-----END PGP MESSAGE-----")


def k_bcrypt_dump(r):
    rows = ["id | email | password_hash | role"]
    for i in range(3):
        rows.append("%d | member%d@beeclub.example | %s | %s" % (r.randint(100, 999), i, bcrypt_like(r), r.choice(["member", "editor"])))
    return "\n".join(rows)


def k_shadow(r):
    return "\n".join("%s:%s:19%d:0:99999:7:::" % (u, yescrypt_like(r), r.randint(100, 999)) for u in ("root", "apiarist"))


def k_newsletter_security(r):
    return ("Security corner: please use a long passphrase for the members area - four or five random words are better than a short "
            "password with symbols. Never reuse the one from your bank, and never send it by e-mail; the secretary will never ask for it.")


def k_reset_thread(r):
    return ("Re: can't log in to the forum\n> I reset my password twice and it still says invalid.\nThe reset link expires after %d minutes - request "
            "a new one and set the password straight away. If it still fails, message the webmaster (don't post it here!)." % r.choice([15, 30, 60]))


def k_afb_email(r):
    return ("Subject: Notifiable disease - case %s-%d-%s\nSample %s confirmed American foulbrood (Paenibacillus larvae). "
            "Standstill notice SN/%s applies to apiary %s. The inspector will call within 48 h." % (
                r.choice(["AFB", "EFB"]), r.choice([2024, 2025]), C.rs(r, D, 4), "LAB-" + hx(r, 8, True), C.rs(r, D, 6), C.rs(r, D, 7)))


def k_lab_form(r):
    return ("SAMPLE SUBMISSION FORM\nLab ref: %s   Courier tracking: %s\nSample type: brood comb 10x10 cm   Suspected: %s\n"
            "Submitter beekeeper no.: %s   Colony id: H%03d" % ("BDI/" + C.rs(r, D, 6), "JJD" + C.rs(r, D, 18),
                                                              r.choice(["EFB", "AFB", "chalkbrood"]), C.rs(r, D, 6), r.randint(1, 120)))


CLASSES = [
    ("lorawan_device_and_gateway_euis", [("ttn_end_device_listing", k_ttn_devices), ("gateway_eui_inventory_csv", k_gateway_eui_csv)]),
    ("lorawan_uplink_payloads_and_mic", [("chirpstack_uplink_event_json", k_uplink_json), ("packet_forwarder_rxpk_log", k_pkt_fwd_log)]),
    ("queen_marking_and_pedigree_ids", [("queen_register_rows", k_queen_rows), ("breeder_pedigree_card", k_pedigree_card)]),
    ("varroa_counts_and_treatment_batches", [("alcohol_wash_log_csv", k_alcohol_wash), ("medicine_record_sheet", k_treatment_sheet)]),
    ("apiary_registration_and_holding_numbers", [("apiary_registration_letter", k_registration_letter), ("holding_number_register_export", k_holding_numbers)]),
    ("honey_lot_gtin_and_gs1_128_strings", [("bottling_run_label_data", k_bottling_label), ("gs1_128_pallet_label_text", k_gs1_128)]),
    ("jar_qr_digital_link_urls", [("qr_scan_analytics_export", k_qr_scans), ("label_template_digital_link_field", k_digital_link_field)]),
    ("pollination_contract_and_invoice_refs", [("pollination_agreement_header", k_pollination_header), ("grower_invoice_rows", k_grower_invoice)]),
    ("gsm_scale_imei_and_iccid_numbers", [("scale_sim_inventory_csv", k_sim_inventory), ("modem_at_identity_log", k_ati_log)]),
    ("firmware_and_audio_sample_digests", [("hive_firmware_sha256sums", k_fw_sums), ("acoustic_dataset_md5_manifest", k_audio_manifest)]),
    ("storefront_and_map_publishable_keys", [("honey_shop_checkout_html", k_checkout_html), ("apiary_map_widget_config", k_map_widget)]),
    ("masked_secrets_in_hive_dashboards", [("gateway_settings_screen_ocr", k_gateway_ocr), ("integrations_page_masked_keys", k_masked_integrations)]),
    ("placeholder_values_in_apiary_templates", [("apiary_env_example_file", k_env_example), ("hive_vendor_quickstart_curl", k_quickstart)]),
    ("secret_manager_references_in_hive_deploys", [("external_secret_remote_ref", k_external_secret), ("ci_op_and_arn_pointers", k_ci_pointers)]),
    ("age_and_pgp_armored_ciphertext", [("age_encrypted_env_file", k_age_file), ("pgp_message_in_ticket", k_pgp_ticket)]),
    ("beekeeper_login_bcrypt_and_yescrypt_hashes", [("members_table_bcrypt_dump", k_bcrypt_dump), ("gateway_shadow_yescrypt_lines", k_shadow)]),
    ("password_talk_in_association_newsletters", [("newsletter_security_corner", k_newsletter_security), ("forum_login_reset_thread", k_reset_thread)]),
    ("disease_case_and_lab_sample_references", [("foulbrood_case_notification_email", k_afb_email), ("lab_sample_submission_form", k_lab_form)]),
]

WRAPPERS = [
    ("", lambda t: t),
    ("__in_apiary_slack_thread", lambda t: "#apiary-dev  maeve: can someone check this?\n```\n" + t + "\n```\nruairi: looks fine, nothing secret in there"),
    ("__in_honey_house_jira_ticket", lambda t: "HH-%s  [Bug] label / hive data question\nDescription:\n{noformat}\n" + t + "\n{noformat}"),
    ("__in_bee_club_wiki_page", lambda t: "== Reference (do not edit) ==\n<pre>\n" + t + "\n</pre>\nLast edited by the webmaster."),
    ("__in_grower_email", lambda t: "Hi,\n\nAs discussed, here is the extract:\n\n" + t + "\n\nBest regards,\nMeadow Bee Pollination"),
    ("__in_hive_dashboard_pr_review", lambda t: "Review comment on fixtures/sample.txt:\n> " + t.replace("\n", "\n> ") + "\nLGTM, this is test data only."),
]


def generate(forbidden):
    """forbidden: list of strings (positive values, evasion plains and runs) no negative may contain."""
    rng = random.Random(SEED)
    recs = []
    n = 0
    for cls, kinds in CLASSES:
        for kname, fn in kinds:
            for wname, wrap in WRAPPERS:
                for _ in range(100):
                    t = wrap(fn(rng))
                    if "%s" in t:
                        t = t.replace("%s", C.rs(rng, D, 4), 1)
                    if not any(f in t for f in forbidden):
                        break
                else:
                    raise RuntimeError("negative keeps hitting a positive value")
                n += 1
                recs.append({"id": None, "class": cls, "container": kname + wname, "text": t, "source": "negative"})
    return recs
