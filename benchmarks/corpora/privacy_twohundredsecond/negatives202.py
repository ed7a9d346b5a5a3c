"""Hard negatives of the falconry / wildlife-rescue / taxidermy world: no secret inside."""
import base64
import hashlib
import json
import random

from common202 import (ALNUM, B64STD, B64URL, DIGITS, HEXL, HEXU, LOWER, LOWER_ALNUM, SEEDS, UPPER,
                       UPPER_ALNUM, b64, b64url_nopad, jdump, luhn_digit, rbytes, rs, uuid4)

SPECIES = ["Harris hawk", "Barn owl", "Tawny owl", "Common buzzard", "Peregrine falcon", "Kestrel",
           "Eurasian eagle-owl", "Red kite", "Hedgehog", "Mute swan", "Badger", "Otter", "Pipistrelle"]
LATIN = {"Peregrine falcon": "Falco peregrinus", "Eurasian eagle-owl": "Bubo bubo", "Barn owl": "Tyto alba",
         "Red kite": "Milvus milvus", "Harris hawk": "Parabuteo unicinctus", "Gyrfalcon": "Falco rusticolus",
         "Goshawk": "Accipiter gentilis", "Saker falcon": "Falco cherrug"}


def vat_number(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(8, 1, -1)))
        chk = (-s) % 97
        if chk < 100:
            return "".join(map(str, d)) + "%02d" % chk


def vat_ok(v):
    d = [int(c) for c in v]
    return (sum(x * w for x, w in zip(d[:7], range(8, 1, -1))) + int(v[7:9])) % 97 == 0


def iban_gb(rng):
    bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
    bban = bank + rs(rng, DIGITS, 6) + rs(rng, DIGITS, 8)
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    chk = 98 - int(num) % 97
    return "GB%02d" % chk + bban


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def imei(rng):
    body = rng.choice(["35", "86", "01"]) + rs(rng, DIGITS, 12)
    return body + luhn_digit(body)


def iccid(rng):
    body = "8944" + rs(rng, DIGITS, 14)
    return body + luhn_digit(body)


def s10(rng):
    d = [rng.randint(0, 9) for _ in range(8)]
    s = sum(x * w for x, w in zip(d, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = 0 if c == 10 else (5 if c == 11 else c)
    return rng.choice(["RB", "RK", "LX", "CP"]) + "".join(map(str, d)) + str(c) + "GB"


def s10_ok(code):
    d = [int(x) for x in code[2:10]]
    s = sum(x * w for x, w in zip(d, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = 0 if c == 10 else (5 if c == 11 else c)
    return int(code[10]) == c


def chip(rng):
    return rng.choice(["985", "941", "956", "977", "826"]) + rs(rng, DIGITS, 12)


def ring(rng):
    return rng.choice(["EX", "GR", "DA", "Z", "NZ", "V"]) + rs(rng, DIGITS, 5)


def mac(rng):
    return ":".join("%02x" % b for b in rbytes(rng, 6))


def eui(rng):
    return rs(rng, HEXU, 16)


def sha256hex(rng):
    return hashlib.sha256(rbytes(rng, 64)).hexdigest()


def md5hex(rng):
    return hashlib.md5(rbytes(rng, 64)).hexdigest()


def crypt64(rng, n):
    return rs(rng, "./" + DIGITS + UPPER + LOWER, n)


# ------------------------------------------------------------ base kinds (class, kind, fn)
def k_ring_csv(rng):
    rows = ["ring,species,age,sex,date,site,ringer"]
    for _ in range(4):
        rows.append("%s,%s,%s,%s,2027-0%d-%02d,north copse,%s" % (
            ring(rng), rng.choice(SPECIES[:8]), rng.choice(["1", "3", "4", "3J"]), rng.choice("MFU"),
            rng.randint(4, 8), rng.randint(1, 28), rng.choice(["RH", "JO", "SP"])))
    return "\n".join(rows) + "\n"


def k_ring_recovery(rng):
    return ("Subject: Ring recovery report %s\n\nThank you for reporting ring %s found on a %s near Hexham. "
            "It was ringed as a nestling on 2026-06-%02d, 41 km away. Your reference: RR-%s.\n" % (
                rs(rng, DIGITS, 7), ring(rng), rng.choice(SPECIES[:6]).lower(), rng.randint(1, 28), rs(rng, DIGITS, 6)))


def k_chip_log(rng):
    lines = []
    for _ in range(4):
        lines.append("2027-04-%02d %02d:%02d scan reader=RR-%s chip=%s fdx-b ok" % (
            rng.randint(1, 28), rng.randint(8, 18), rng.randint(0, 59), rs(rng, DIGITS, 4), chip(rng)))
    return "\n".join(lines) + "\n"


def k_adoption_cert(rng):
    return ("CERTIFICATE OF ADOPTION\nAnimal: %s  Name: %s\nMicrochip: %s\nImplanted: 2027-03-%02d  Vet practice ref: VP%s\n" % (
        rng.choice(["Hedgehog", "Barn owl", "Kestrel"]), rng.choice(["Bramble", "Pip", "Saffi", "Rio"]), chip(rng),
        rng.randint(1, 28), rs(rng, DIGITS, 5)))


def k_cites_permit(rng):
    sp = rng.choice(list(LATIN))
    return ("CITES EXPORT PERMIT No. %sGB%s/%02d\nSpecies: %s (%s), Appendix %s\nMark: closed ring %s\n"
            "Issued by: APHA Centre for International Trade, Bristol\n" % (
                rng.randint(24, 27), rs(rng, DIGITS, 6), rng.randint(1, 20), sp, LATIN[sp],
                "I" if sp in ("Peregrine falcon", "Gyrfalcon") else "II", ring(rng)))


def k_article10(rng):
    rows = ["certificate,species,mark,issued,status"]
    for _ in range(3):
        sp = rng.choice(list(LATIN))
        rows.append("%s/%02d,%s,%s,2027-0%d-%02d,valid" % (rs(rng, DIGITS, 6), rng.randint(1, 9), LATIN[sp],
                                                          ring(rng), rng.randint(1, 9), rng.randint(1, 28)))
    return "\n".join(rows) + "\n"


def k_receipt_footer(rng):
    return ("Thank you for supporting the centre.\nRegistered charity no. %s (England and Wales), SC0%s (Scotland)\n"
            "Company no. %s  VAT reg. GB %s\n" % (rs(rng, "123456789", 1) + rs(rng, DIGITS, 6), rs(rng, DIGITS, 5),
                                                 "0" + rs(rng, DIGITS, 7), vat_number(rng)))


def k_gift_aid_header(rng):
    return ("Gift Aid claim — schedule header\nHMRC charities reference: %s%s\nVAT: GB%s\nPeriod end: 2027-03-31\nDonations: %d\n" % (
        rng.choice(["XR", "XT", "AB"]), rs(rng, DIGITS, 5), vat_number(rng), rng.randint(100, 999)))


def k_donate_bank(rng):
    return ("## Donate by bank transfer\n\nAccount name: Hawk & Owl Rescue Trust\nIBAN: %s\nBIC: NWBKGB2L\n"
            "Please use reference ADOPT-%s.\n" % (iban_gb(rng), rs(rng, UPPER_ALNUM, 6)))


def k_standing_order(rng):
    return ("STANDING ORDER FORM\nPay to: Hedgehog Hospital\nIBAN %s\nAmount: £%d.00 monthly from 2027-05-01\n"
            "Your supporter number: SUP%s\n" % (iban_gb(rng), rng.randint(3, 25), rs(rng, DIGITS, 6)))


def k_tag_inventory(rng):
    rows = ["tag_id,model,imei,iccid,bird"]
    for _ in range(3):
        rows.append("OT-%s,OrniTrack-25,%s,%s,%s" % (rs(rng, DIGITS, 4), imei(rng), iccid(rng), ring(rng)))
    return "\n".join(rows) + "\n"


def k_tag_invoice(rng):
    return ("INVOICE %s — GPS tag data plans\nDevice IMEI %s  SIM ICCID %s  12 months  €%d.00\n"
            "Device IMEI %s  SIM ICCID %s  12 months  €%d.00\n" % (
                rs(rng, DIGITS, 6), imei(rng), iccid(rng), rng.randint(90, 140), imei(rng), iccid(rng), rng.randint(90, 140)))


def k_specimen_json(rng):
    obj = {"accession": "TXS.2027.%d" % rng.randint(1, 400), "taxon": rng.choice(list(LATIN.values())),
           "occurrenceID": uuid4(rng), "gbifID": rng.randint(4000000000, 4999999999),
           "prep": rng.choice(["study skin", "full mount", "wing"]), "salvage_ref": "SAL-" + rs(rng, DIGITS, 5)}
    return json.dumps(obj, indent=2) + "\n"


def k_gbif_tsv(rng):
    rows = ["gbifID\toccurrenceID\tcatalogNumber\tscientificName"]
    for _ in range(3):
        rows.append("%d\t%s\tNHMUK %d.%d.%d\t%s" % (rng.randint(4000000000, 4999999999), uuid4(rng), rng.randint(1990, 2027),
                                                  rng.randint(1, 12), rng.randint(1, 300), rng.choice(list(LATIN.values()))))
    return "\n".join(rows) + "\n"


def k_donate_embed(rng):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<div id=\"donate\" data-stripe-key=\"pk_live_51%s\"\n"
            "     data-recaptcha-sitekey=\"6L%s\"></div>\n" % (rs(rng, ALNUM, 97), rs(rng, B64URL, 38)))


def k_release_map_config(rng):
    mid = b64url_nopad(jdump({"u": "releasesitesmap", "a": rs(rng, LOWER_ALNUM, 25)}).encode())
    return ("export const mapConfig = {\n  mapboxToken: 'pk.%s.%s', // public, URL-restricted\n"
            "  posthogKey: 'phc_%s',\n  sentryDsn: 'https://%s@o%s.ingest.sentry.io/%s',\n};\n" % (
                mid, rs(rng, B64URL, 22), rs(rng, ALNUM, 43), rs(rng, HEXL, 32), rs(rng, DIGITS, 6), rs(rng, DIGITS, 7)))


def k_readme_placeholders(rng):
    return ("## Configure the intake API\n\n```\nRELEASE_API_TOKEN=rlz_<32 base62 chars><8 hex checksum>\n"
            "DONOR_WEBHOOK_SECRET=dpw_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nINTAKE_ADMIN_PASSWORD=<choose-a-strong-one>\n"
            "ROTA_SYNC_KEY=\n```\nReplace every value before the first run.\n")


def k_env_example(rng):
    return ("# .env.example — copy to .env\nCITES_PORTAL_PASSWORD=changeme\nCHIP_READER_HMAC_KEY=%s\n"
            "ADOPTION_JWT_SECRET=${ADOPTION_JWT_SECRET:?set me}\nMOVEBANK_PASSWORD=REPLACE_ME\n" % ("0" * 64))


def k_sync_log(rng):
    return ("2027-04-12T02:15:0%dZ INFO gps-tag-sync start user=tag_sync token=rlz_****%s\n"
            "2027-04-12T02:15:0%dZ DEBUG webhook secret=[REDACTED] batch=%d\n"
            "2027-04-12T02:15:1%dZ INFO login password=******** ok\n" % (
                rng.randint(0, 9), rs(rng, LOWER_ALNUM, 4), rng.randint(0, 9), rng.randint(100, 999), rng.randint(0, 9)))


def k_deploy_output(rng):
    return ("Run ./deploy.sh\n  DB_PASSWORD: ***\n  DONOR_WEBHOOK_SECRET: ***\nUsing key ••••••••%s\n"
            "Deployed release %s to production\n" % (rs(rng, LOWER_ALNUM, 4), rs(rng, HEXL, 7)))


def k_tf_datasource(rng):
    return ("data \"aws_secretsmanager_secret_version\" \"intake_db\" {\n  secret_id = \"arn:aws:secretsmanager:eu-west-2:%s:secret:intake/db-%s\"\n}\n"
            "data \"vault_kv_secret_v2\" \"rota\" {\n  mount = \"kv\"\n  name  = \"rota/admin\"\n}\n" % (rs(rng, DIGITS, 12), rs(rng, ALNUM, 6)))


def k_helm_refs(rng):
    return ("env:\n  - name: RING_DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: ring-register-db\n        key: password\n"
            "  - name: MOVEBANK_PASSWORD\n    value: \"op://Rescue IT/Movebank/password\"\n"
            "  - name: DONOR_WEBHOOK_SECRET\n    value: \"vault:secret/data/donor#webhook\"\n")


def k_django_dump(rng):
    salt = rs(rng, ALNUM, 22)
    dk = hashlib.pbkdf2_hmac("sha256", rbytes(rng, 16), salt.encode(), 1000)
    return ("INSERT INTO auth_user (id, username, password, is_staff) VALUES\n"
            "(%d, 'vol_%s', 'pbkdf2_sha256$1000$%s$%s', false),\n"
            "(%d, 'vol_%s', '!%s', false);\n" % (rng.randint(10, 99), rs(rng, LOWER, 5), salt, b64(dk), rng.randint(100, 199),
                                                rs(rng, LOWER, 5), rs(rng, ALNUM, 40)))


def k_ldif(rng):
    salt = rbytes(rng, 8)
    digest = hashlib.sha1(rbytes(rng, 12) + salt).digest()
    uid = "v" + rs(rng, DIGITS, 4)
    return ("dn: uid=%s,ou=volunteers,dc=hawkcentre,dc=lan\nobjectClass: inetOrgPerson\nuid: %s\n"
            "userPassword: {SSHA}%s\n\ndn: uid=%s,ou=staff,dc=hawkcentre,dc=lan\nuserPassword: $6$%s$%s\n" % (
                uid, uid, b64(digest + salt), rs(rng, LOWER, 6),
                crypt64(rng, 16), crypt64(rng, 86)))


def k_sealed(rng):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: intake-db\n  namespace: rescue\nspec:\n"
            "  encryptedData:\n    password: Ag%s\n" % b64(rbytes(rng, 300)))


def k_vault_sops(rng):
    body = rbytes(rng, 96).hex()
    lines = [body[i:i + 80] for i in range(0, len(body), 80)]
    return ("$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n---\nmovebank_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n" % (
        b64(rbytes(rng, 14)), b64(rbytes(rng, 32)), b64(rbytes(rng, 16))))


def k_handbook(rng):
    return rng.choice([
        "Volunteer handbook, section 6: never write the intake-room password on the mews whiteboard. "
        "Ask the shift lead, who will read it to you; it changes every quarter.\n",
        "Section 6.2 — Passwords. Use a passphrase of at least four words for the rota. The office will never ask for it "
        "by WhatsApp; if someone does, report it to IT.\n"])


def k_induction(rng):
    return rng.choice([
        "Induction slide 12 notes: explain the password manager, show where the CITES portal login lives (in the vault, "
        "not in the shared drive) and remind people the tablet password is on the back of the safe door, not here.\n",
        "Speaker notes: 'Your password is personal. The secret for the donor portal webhook lives in the secret store.' "
        "Then demo resetting a forgotten password.\n"])


def k_sha256sums(rng):
    return "".join("%s  specimen-%s-%02d.jpg\n" % (sha256hex(rng), rs(rng, DIGITS, 4), i) for i in range(1, 4))


def k_s3_etags(rng):
    objs = [{"Key": "photos/TXS-%s.jpg" % rs(rng, DIGITS, 4), "ETag": "\"%s\"" % md5hex(rng), "Size": rng.randint(200000, 900000)}
            for _ in range(3)]
    return json.dumps({"Contents": objs}, indent=2) + "\n"


def k_sensor_yaml(rng):
    return ("sensors:\n  - name: mews-north-temp\n    mac: %s\n  - name: flight-pen-door\n    dev_eui: %s\n    join_eui: %s\n"
            "    serial: SN-%s\n" % (mac(rng), eui(rng), eui(rng), rs(rng, UPPER_ALNUM, 10)))


def k_gateway_log(rng):
    return ("gw-%s  JOIN_REQUEST dev_eui=%s join_eui=%s dev_nonce=%d rssi=-%d\n"
            "gw-%s  JOIN_ACCEPT dev_addr=%s\n" % (rs(rng, HEXL, 16), eui(rng), eui(rng), rng.randint(1, 65535), rng.randint(60, 110),
                                                rs(rng, HEXL, 16), rs(rng, HEXU, 8)))


def k_sms_webhook(rng):
    return json.dumps({"AccountSid": "AC" + rs(rng, HEXL, 32), "MessageSid": "SM" + rs(rng, HEXL, 32),
                       "MessagingServiceSid": "MG" + rs(rng, HEXL, 32), "From": "+4477009%s" % rs(rng, DIGITS, 5),
                       "Body": "Injured swan on the canal by lock 4", "SmsStatus": "received"}, indent=2) + "\n"


def k_payout_csv(rng):
    rows = ["event_id,payment_intent,customer,amount,currency"]
    for _ in range(3):
        rows.append("evt_%s,pi_%s,cus_%s,%d,gbp" % (rs(rng, ALNUM, 24), rs(rng, ALNUM, 24), rs(rng, ALNUM, 14), rng.randint(300, 5000)))
    return "\n".join(rows) + "\n"


def k_dispatch_email(rng):
    return ("Hi, your commission (full mount, %s) left the studio today by Royal Mail Special Delivery. "
            "Tracking number: %s. Order ref TX-%s.\n" % (rng.choice(["pheasant", "fox", "barn owl (Article 10 attached)"]), s10(rng), rs(rng, DIGITS, 5)))


def k_courier_csv(rng):
    rows = ["tracking,service,weight_kg,order"]
    for _ in range(3):
        rows.append("%s,SD1,%0.1f,TX-%s" % (s10(rng), rng.uniform(1, 14), rs(rng, DIGITS, 5)))
    return "\n".join(rows) + "\n"


def k_release_form(rng):
    return ("RELEASE RECORD\nBird ring: %s\nSite grid ref: %s %s %s\nwhat3words: ///%s.%s.%s\nLat/long: 54.%s, -2.%s\n" % (
        ring(rng), rng.choice(["NY", "SU", "SK", "TL"]), rs(rng, DIGITS, 5), rs(rng, DIGITS, 5),
        rng.choice(["hedge", "copse", "meadow"]), rng.choice(["otters", "gliding", "perch"]), rng.choice(["quietly", "river", "lantern"]),
        rs(rng, DIGITS, 5), rs(rng, DIGITS, 5)))


def k_release_geojson(rng):
    return json.dumps({"type": "Feature", "id": uuid4(rng), "properties": {"ring": ring(rng), "method": "soft release",
                                                                           "grid_ref": "SU %s %s" % (rs(rng, DIGITS, 5), rs(rng, DIGITS, 5))},
                       "geometry": {"type": "Point", "coordinates": [round(rng.uniform(-3, -1), 5), round(rng.uniform(51, 55), 5)]}}) + "\n"


CLASSES = [
    ("bto_ring_series_numbers", "BTO-style ring numbers, ages, sites and ringer initials",
     [("ring_register_export_csv", k_ring_csv), ("ring_recovery_letter", k_ring_recovery)]),
    ("iso_microchip_fifteen_digit_numbers", "15-digit ISO 11784/11785 microchip numbers (manufacturer or country prefix)",
     [("reader_scan_log", k_chip_log), ("adoption_certificate_text", k_adoption_cert)]),
    ("cites_permit_and_article_ten_refs", "CITES permit and Article 10 certificate numbers, species, closed-ring marks",
     [("cites_permit_pdf_text", k_cites_permit), ("article_ten_register_csv", k_article10)]),
    ("charity_company_and_vat_numbers", "charity, OSCR and company numbers, UK VAT numbers with a real mod-97 check",
     [("donation_receipt_footer", k_receipt_footer), ("gift_aid_schedule_header", k_gift_aid_header)]),
    ("donation_bank_ibans_mod97", "GB IBANs with real ISO 13616 check digits, BIC, payment references",
     [("donate_page_bank_markdown", k_donate_bank), ("standing_order_form_text", k_standing_order)]),
    ("gps_tag_imei_and_iccid_luhn", "IMEIs and ICCIDs with real Luhn check digits of GPS tags and their SIMs",
     [("tag_inventory_sheet_csv", k_tag_inventory), ("data_plan_invoice_text", k_tag_invoice)]),
    ("specimen_accession_and_gbif_ids", "museum accession and catalogue numbers, GBIF ids, occurrence UUIDv4s",
     [("specimen_catalogue_record_json", k_specimen_json), ("gbif_occurrence_download_tsv", k_gbif_tsv)]),
    ("public_donation_widget_keys", "Stripe `pk_live_`, reCAPTCHA site key, Mapbox `pk.` (real JSON), PostHog `phc_`, Sentry DSN",
     [("donate_button_embed_html", k_donate_embed), ("release_map_public_config_ts", k_release_map_config)]),
    ("rescue_setup_doc_placeholders", "`rlz_<…>`, `dpw_XXXX…`, `<choose-a-strong-one>`, empty values, `changeme`, an all-zero key, `${…:?…}`, `REPLACE_ME`",
     [("intake_api_quickstart_md", k_readme_placeholders), ("dotenv_example_template", k_env_example)]),
    ("starred_out_values_in_rescue_logs", "stars, `rlz_****` + 4 characters, `[REDACTED]`, `***`, bullets + 4 characters",
     [("gps_sync_worker_log", k_sync_log), ("ci_deploy_step_output", k_deploy_output)]),
    ("secret_store_lookups_in_centre_infra", "Secrets Manager ARNs, Vault KV paths, `secretKeyRef`, `op://` and `vault:` pointers",
     [("terraform_data_sources_tf", k_tf_datasource), ("helm_env_refs_yaml", k_helm_refs)]),
    ("pbkdf2_ssha_and_sha512crypt_strings", "Django `pbkdf2_sha256` (real PBKDF2 of discarded bytes), unusable `!` markers, LDAP `{SSHA}` (real SHA-1 of discarded bytes), `$6$` strings (random in frame)",
     [("django_auth_user_insert_sql", k_django_dump), ("volunteer_directory_ldif", k_ldif)]),
    ("sealedsecret_vault_and_sops_ciphertext", "SealedSecret `encryptedData`, `$ANSIBLE_VAULT;1.1;AES256` hex bodies, SOPS `ENC[AES256_GCM,…]` (random bytes)",
     [("sealed_secret_manifest_yaml", k_sealed), ("ansible_vault_and_sops_values", k_vault_sops)]),
    ("volunteer_password_policy_prose", "handbook and induction text about passwords with no password in it",
     [("volunteer_handbook_section", k_handbook), ("induction_slide_speaker_notes", k_induction)]),
    ("specimen_photo_checksums_and_etags", "SHA-256 sums and MD5 ETags of specimen photos (real digests of random bytes)",
     [("photo_archive_sha256sums", k_sha256sums), ("bucket_listing_etags_json", k_s3_etags)]),
    ("aviary_device_macs_and_lorawan_euis", "MAC addresses, LoRaWAN DevEUI / JoinEUI, DevAddr and device serials",
     [("sensor_inventory_yaml", k_sensor_yaml), ("lorawan_gateway_join_log", k_gateway_log)]),
    ("messaging_and_payment_object_sids", "Twilio `AC` / `SM` / `MG` SIDs (identifiers), Stripe `evt_` / `pi_` / `cus_` ids",
     [("hotline_sms_webhook_json", k_sms_webhook), ("donation_payout_export_csv", k_payout_csv)]),
    ("commission_parcel_s10_tracking_numbers", "Royal Mail S10 tracking numbers with a real mod-11 check digit, order refs",
     [("commission_dispatch_email", k_dispatch_email), ("courier_manifest_csv", k_courier_csv)]),
    ("release_site_grid_refs_and_coordinates", "OS grid references, what3words addresses, coordinates, feature UUIDv4s",
     [("release_record_form_text", k_release_form), ("release_site_geojson_feature", k_release_geojson)]),
]

WRAPPERS = [
    ("", None),
    ("__in_rescue_ops_mattermost_thread", "Pasted in ~rescue-ops (Mattermost) by jo.h:\n```\n{T}```\nanyone know if this is fine to share?\n"),
    ("__in_centre_dev_gitea_pull_request", "Review comment on PR #%d (gitea):\n> {T}\nLooks fine, nothing sensitive here.\n"),
    ("__in_volunteer_coordinator_email", "From: coordinator@hawkcentre.example\nSubject: FYI\n\nForwarding this for the records:\n\n{T}\nThanks, Ruth\n"),
    ("__in_falconry_wiki_page", "== Reference ==\nThe block below is copied from the system for reference.\n<pre>\n{T}</pre>\n"),
]


def build(reg_strings):
    rng = random.Random(SEEDS["negative"])
    records = []
    seen = set()
    for cname, _desc, kinds in CLASSES:
        for kname, fn in kinds:
            for wsuffix, wtpl in WRAPPERS:
                for _ in range(100):
                    body = fn(rng)
                    if wtpl is None:
                        text = body
                    else:
                        text = wtpl.replace("%d", str(rng.randint(10, 400))).replace("{T}", body)
                    if text in seen or any(s in text for s in reg_strings if len(s) >= 6):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(text)
                records.append({"id": "", "class": cname, "container": kname + wsuffix, "text": text, "source": "negative"})
    return records
