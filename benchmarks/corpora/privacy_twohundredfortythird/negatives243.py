"""Hard negatives of the sheep and wool world: no secret, but secret-looking."""
import hashlib
import json
import random
import struct

from common243 import (ALNUM, LOWER_ALNUM, UPPER_ALNUM, HEX, UHEX, B64URL, DIGITS, UPPER, LOWER, rs, uuid4,
                       rbytes, b64, gs1_check, mod97_iban, luhn_digit, PW_ANY_RE, UUID_RE, JWT_RE,
                       uuid_is_v4, jwt_valid)

SEED = 24306
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
FARMS = ["Kilnbrae", "Te Awa Station", "Fellside", "Yarrabee", "Glenmorrow", "Tussock Hill", "Southdown"]


def d(rng, n):
    return rs(rng, DIGITS, n)


# ---------------------------------------------------------------- base kinds
def eid_reader_session_dump(rng):
    lines = ["Session %s  reader SR-%s  %d tags" % (d(rng, 4), d(rng, 6), 6)]
    for i in range(6):
        lines.append("%02d  826 %s  %s  %.1f kg" % (i + 1, d(rng, 12), rng.choice(["EWE", "RAM", "LAMB"]),
                                                  rng.uniform(28, 82)))
    return "\n".join(lines)


def flock_movement_document(rng):
    return ("ARAMS movement ref %s\nDeparture CPH %s/%s/%s  Destination CPH %s/%s/%s\nFlock mark UK0 %s  "
            "Batch mark UK0 %s %s\nIndividual IDs: %s\n" % (
                rs(rng, UPPER_ALNUM, 10), d(rng, 2), d(rng, 3), d(rng, 4), d(rng, 2), d(rng, 3), d(rng, 4),
                d(rng, 6), d(rng, 6), d(rng, 5),
                ", ".join("UK0%s%s" % (d(rng, 6), d(rng, 5)) for _ in range(4))))


def woolshed_bale_register(rng):
    rows = ["Bale,Brand,Line,Weight kg,Press no"]
    for i in range(5):
        rows.append("%d,%s,%s,%d,P-%s" % (rng.randint(1, 240), rs(rng, UPPER, 4), rng.choice(["AAAM", "AM", "BKN", "PCS", "LKS"]),
                                           rng.randint(150, 204), d(rng, 5)))
    return "\n".join(rows)


def wool_sale_catalogue_excerpt(rng):
    out = ["Sale %s  Centre %s  Catalogue %s" % (d(rng, 2), rng.choice(["N", "M", "F"]), d(rng, 4))]
    for _ in range(4):
        out.append("Lot %s  %s  %d bales  %.1f mic  Sch %s  WTC %s" % (
            d(rng, 4), rng.choice(FARMS), rng.randint(3, 12), rng.uniform(16.5, 23.5), d(rng, 3),
            rs(rng, UPPER_ALNUM, 9)))
    return "\n".join(out)


def fibre_test_certificate(rng):
    return ("Test Certificate No. %s-%s\nSample: %s   Lots: %s\nMean fibre diameter %.1f µm  CV %.1f%%  "
            "Yield %.1f%%  VM %.1f%%\nVerification code %s\n" % (
                rs(rng, UPPER, 2), d(rng, 8), rs(rng, UPPER_ALNUM, 12), d(rng, 6),
                rng.uniform(16, 24), rng.uniform(16, 24), rng.uniform(60, 75), rng.uniform(0.2, 2.5),
                rs(rng, UHEX, 16)))


def classer_specification_summary(rng):
    return ("Classer stencil %s  Reg %s\nSpecification %s: %s\nMob ids %s, %s\n" % (
        rs(rng, UPPER_ALNUM, 6), d(rng, 5), d(rng, 7), rs(rng, HEX, 24),
        rs(rng, UPPER_ALNUM, 8), rs(rng, UPPER_ALNUM, 8)))


def cph_holding_register(rng):
    return "\n".join("%s: CPH %s/%s/%s  SLID %s  herd/flock %s" % (
        rng.choice(FARMS), d(rng, 2), d(rng, 3), d(rng, 4), d(rng, 2) + "/" + d(rng, 3) + "/" + d(rng, 4) + "/" + d(rng, 2),
        d(rng, 6)) for _ in range(3))


def pic_property_list(rng):
    return "PIC,Property,Brand\n" + "\n".join("%s%s%s,%s,%s" % (
        rng.choice("3NSVQ"), rs(rng, UPPER, 4), d(rng, 3), rng.choice(FARMS), rs(rng, UPPER_ALNUM, 3))
        for _ in range(4))


def _gtin(rng):
    body = "50" + d(rng, 10)
    return body + gs1_check(body)


def yarn_product_feed_csv(rng):
    rows = ["sku,gtin,title,dye_lot,weight_g"]
    for _ in range(4):
        rows.append("%s-%s,%s,%s 4ply %s,%s,100" % (rs(rng, UPPER, 3), d(rng, 4), _gtin(rng),
                                                   rng.choice(["Merino", "Shetland", "Herdwick"]),
                                                   rng.choice(["Heather", "Moss", "Peat", "Tide"]), rs(rng, UPPER_ALNUM, 7)))
    return "\n".join(rows)


def dye_lot_label_printout(rng):
    return ("COLOURWAY %s  LOT %s\nGTIN %s\nRecipe %s rev %d  batch %s\n" % (
        rs(rng, UPPER, 2) + d(rng, 3), rs(rng, UPPER_ALNUM, 8), _gtin(rng), rs(rng, UPPER_ALNUM, 10),
        rng.randint(1, 9), rs(rng, HEX, 12)))


def pattern_instructions_excerpt(rng):
    rows = []
    for i in range(4):
        rows.append("Row %d (RS): k%d, *p2tog, yo, k%d, ssk; rep from * to last %d sts, k%d." % (
            rng.randint(1, 60), rng.randint(1, 6), rng.randint(1, 5), rng.randint(2, 9), rng.randint(1, 4)))
    return "\n".join(rows)


def chart_legend_table(rng):
    return "Legend: k = knit, p = purl, k2tog, ssk, m1L, m1R, C4F, C4B, T3B\nChart %s rows %d-%d, stitch repeat %d+%d\nPattern id %s" % (
        rs(rng, UPPER, 1), rng.randint(1, 10), rng.randint(20, 40), rng.randint(6, 16), rng.randint(1, 4),
        rs(rng, LOWER_ALNUM, 12))


def yarn_shop_checkout_snippet(rng):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n"
            "  const paypalClientId = 'A%s';\n  const squareAppId = 'sq0idp-%s';\n</script>" % (
                rs(rng, ALNUM, 97), rs(rng, B64URL, 79), rs(rng, B64URL, 22)))


def shop_theme_settings_json(rng):
    return json.dumps({"storefrontAccessToken": rs(rng, HEX, 32), "mapboxPublicToken": "pk.eyJ1IjoiZmFybSIsImEiOiJ" + rs(rng, ALNUM, 20) + "." + rs(rng, B64URL, 22),
                       "recaptchaSiteKey": "6L" + rs(rng, B64URL, 38), "mapsBrowserKey": "AIza" + rs(rng, B64URL, 35)},
                      indent=2)


def integration_setup_guide(rng):
    return ("## Connecting the flock app\n1. Copy `.env.example` to `.env`.\n2. Set `FLOCK_SYNC_KEY=<your-flock-sync-key>` "
            "and `SHOP_ADMIN_PASSWORD=changeme` (change it!).\n3. Stripe: `sk_live_%s` is only an example.\n" % ("X" * rng.randint(20, 30)))


def env_sample_committed_file(rng):
    return ("# .env.sample - copy and fill in\nBALE_TRACKER_TOKEN=\nMILL_GATEWAY_TOKEN=${MILL_GATEWAY_TOKEN:?set me}\n"
            "DJANGO_SECRET_KEY=replace-me-%s\nWG_PRIVATE_KEY=<paste from wg genkey>\nSMTP_PASSWORD=xxxxxxxx\n" % ("x" * rng.randint(3, 9)))


def vendor_dashboard_screen_ocr(rng):
    return ("API keys\nName: shop-sync  Created %d Mar\nSecret key  %s%s\nLast used 2 days ago  [Reveal] [Roll]" % (
        rng.randint(1, 28), rng.choice(["sk_live_•••••••••", "rk_live_••••••••", "••••••••••••"]), rs(rng, ALNUM, 4)))


def deploy_log_with_masking(rng):
    return ("$ ./deploy.sh\n[%s] using BALE_TRACKER_TOKEN=***\n[%s] DJANGO_SECRET_KEY=[MASKED]\n[%s] WG key fingerprint %s…\n" % (
        d(rng, 2) + ":" + d(rng, 2), d(rng, 2) + ":" + d(rng, 2), d(rng, 2) + ":" + d(rng, 2), rs(rng, HEX, 8)))


def compose_secrets_section(rng):
    return ("services:\n  shop:\n    secrets: [django_secret_key, shop_db_password]\nsecrets:\n  django_secret_key:\n"
            "    file: ./secrets/django_secret_key.txt\n  shop_db_password:\n    external: true\n# ref %s" % rs(rng, HEX, 12))


def ansible_lookup_expressions(rng):
    return ("scour_hmi_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mill/scour:pw') }}\"\n"
            "bale_tracker_token: \"{{ lookup('ansible.builtin.env', 'BALE_TRACKER_TOKEN') }}\"\n"
            "shop_admin_password: \"op://Farm Office/Yarn shop/password\"\nrun_id: %s" % uuid4(rng))


def django_auth_user_dump(rng):
    rows = ["id|username|password"]
    for i in range(3):
        rows.append("%d|%s|pbkdf2_sha256$%d$%s$%s" % (rng.randint(1, 400), rng.choice(["morag", "rangi", "jo", "ailsa"]) + d(rng, 2),
                                                    rng.choice([600000, 720000, 870000]), rs(rng, ALNUM, 22), b64(rbytes(rng, 32))))
    return "\n".join(rows)


def keycloak_credential_export(rng):
    return json.dumps({"type": "password", "userLabel": "flock-app", "secretData": json.dumps(
        {"value": "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(rng, 16)).rstrip("="), b64(rbytes(rng, 32)).rstrip("=")),
         "salt": ""}), "credentialData": json.dumps({"hashIterations": 5, "algorithm": "argon2"})}, indent=2)


def sops_encrypted_yaml(rng):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(rng, n)), b64(rbytes(rng, 32)), b64(rbytes(rng, 16)))
    return ("scour_hmi_password: %s\nbale_tracker_token: %s\nsops:\n    age:\n        - recipient: age1%s\n    version: 3.9.1\n" % (
        enc(17), enc(41), rs(rng, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)))


def age_armored_backup_note(rng):
    body = b64(b"age-encryption.org/v1\n-> X25519 " + rbytes(rng, 80))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "flock-db-%s.sql.age\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----" % (d(rng, 8), "\n".join(lines))


def wg_show_output(rng):
    return ("interface: wg0\n  public key: %s\n  private key: (hidden)\n  listening port: 51820\n\npeer: %s\n  endpoint: 203.0.113.%d:51820\n"
            "  allowed ips: 10.40.0.0/24\n  latest handshake: %d seconds ago" % (
                b64(rbytes(rng, 32)), b64(rbytes(rng, 32)), rng.randint(2, 250), rng.randint(3, 118)))


def peer_config_block(rng):
    return "[Peer]\n# woolshed gateway\nPublicKey = %s\nAllowedIPs = 10.40.%d.0/24\nEndpoint = woolshed.kilnbrae-farm.example:51820\nPersistentKeepalive = 25" % (
        b64(rbytes(rng, 32)), rng.randint(1, 200))


def gpg_list_keys_output(rng):
    return "pub   ed25519 2024-0%d-1%d [SC]\n      %s\nuid           [ultimate] Kingsmill Release <release@kingsmill-yarns.example>\nsub   cv25519 [E]" % (
        rng.randint(1, 9), rng.randint(0, 9), rs(rng, UHEX, 40))


def tls_certificate_summary(rng):
    return "Subject: CN=shop.skeinandsheep.example\nSerial: %s\nSHA-256 Fingerprint: %s\nNot After: Mar %d 2026" % (
        ":".join(rs(rng, UHEX, 2) for _ in range(16)), ":".join(rs(rng, UHEX, 2) for _ in range(32)), rng.randint(1, 28))


def release_notes_commits(rng):
    return "\n".join("%s %s" % (hashlib.sha1(rbytes(rng, 20)).hexdigest()[:rng.choice([7, 12, 40])],
                                rng.choice(["fix bale CRC display", "add micron filter", "bump django", "tally export CSV"]))
                     for _ in range(4))


def container_image_list(rng):
    return "\n".join("registry.kingsmill-yarns.example/%s@sha256:%s" % (
        rng.choice(["shop", "flock-api", "scour-bridge"]), hashlib.sha256(rbytes(rng, 32)).hexdigest()) for _ in range(3))


def flock_api_json_response(rng):
    return json.dumps({"data": [{"id": uuid4(rng), "eid": "826" + d(rng, 12), "mob": uuid4(rng)} for _ in range(2)],
                       "requestId": uuid4(rng)}, indent=2)


def movement_export_csv(rng):
    return "movement_id,ulid,sheep\n" + "\n".join("%s,%s,%d" % (uuid4(rng), "01J" + rs(rng, CROCK, 23), rng.randint(5, 300)) for _ in range(3))


def _gb_iban(rng):
    bban = "NWBK" + d(rng, 14)
    return "GB" + mod97_iban("GB", bban) + bban


def wool_sale_remittance_advice(rng):
    return "Remittance - wool sale %s\nPaid to BSB %s-%s Acct %s\nAmount AUD %d.%s\nBroker ref %s" % (
        d(rng, 4), d(rng, 3), d(rng, 3), d(rng, 9), rng.randint(4000, 90000), d(rng, 2), rs(rng, UPPER_ALNUM, 12))


def supplier_bank_details_form(rng):
    return "Supplier: Kingsmill Yarns Ltd\nIBAN: %s\nNZ account: %s-%s-%s-%s\nVAT GB%s" % (
        _gb_iban(rng), d(rng, 2), d(rng, 4), d(rng, 7), d(rng, 3), d(rng, 9))


def gang_induction_handout(rng):
    return rng.choice([
        "Tablet rules: the tally tablet password is changed every season by the contractor. Never write it on the whiteboard and never send it in the gang chat - ask Rangi in person.",
        "If you think someone has seen the shed tablet password, tell the contractor the same day; we will set a new one. Passwords are at least 12 characters and not the name of a dog.",
        "Do not reuse your bank password for the tally app. The contractor will never ask you for your password by text."])


def mill_it_newsletter_paragraph(rng):
    return rng.choice([
        "IT corner: from Monday the scour line HMI uses personal logins. Your first password is printed on the sealed slip from the office; change it at first login and keep it to yourself.",
        "Reminder: API tokens for the bale tracker live in the vault, not in spreadsheets. If you find one pasted somewhere, report it and we will rotate it.",
        "Password managers are now available for all mill staff. Passphrases of four random words are fine; sticky notes on the spinning frames are not."])


def modbus_poll_log(rng):
    return "\n".join("Tx:%s  Rx:%s" % (" ".join(rs(rng, UHEX, 2) for _ in range(8)), " ".join(rs(rng, UHEX, 2) for _ in range(13)))
                     for _ in range(3))


def plc_tag_export_csv(rng):
    return "Tag,Address,Value\n" + "\n".join("Bowl%d.Temp,%%MW%d,16#%s" % (i + 1, rng.randint(100, 900), rs(rng, UHEX, 4))
                                              for i in range(4)) + "\nHMI.Build,%%MW1,%s" % rs(rng, HEX, 16)


def weather_station_station_ids(rng):
    return "Station %s (%s)\nDevice MAC %s\nAPI station id %s\nFirmware %s" % (
        "I" + rs(rng, UPPER, 7) + d(rng, 2), rng.choice(FARMS), ":".join(rs(rng, UHEX, 2) for _ in range(6)),
        rs(rng, HEX, 24), hashlib.sha1(rbytes(rng, 8)).hexdigest())


def trough_sensor_inventory(rng):
    rows = ["sensor,imei,serial,iccid"]
    for i in range(3):
        body = "35" + d(rng, 12)
        iccid = "8964" + d(rng, 15)
        rows.append("trough-%d,%s,%s,%s" % (i + 1, body + luhn_digit(body), "TS" + rs(rng, UPPER_ALNUM, 10), iccid + luhn_digit(iccid)))
    return "\n".join(rows)


CLASSES = [
    ("sheep_eid_and_flock_mark_numbers", "ISO 11784 EID numbers (826 …), UK flock / batch marks and movement references",
     [eid_reader_session_dump, flock_movement_document]),
    ("wool_bale_and_sale_lot_numbers", "bale numbers, brands, press numbers, sale lots and test-certificate references",
     [woolshed_bale_register, wool_sale_catalogue_excerpt]),
    ("fibre_test_certificate_numbers", "fibre test certificate numbers, sample ids, hex verification codes",
     [fibre_test_certificate, classer_specification_summary]),
    ("holding_and_property_identifiers", "UK CPH / SLID holding numbers and Australian PICs",
     [cph_holding_register, pic_property_list]),
    ("yarn_gtin_and_dye_lot_codes", "yarn SKUs, GTIN-13 with real GS1 check digits, dye lots and recipe batches",
     [yarn_product_feed_csv, dye_lot_label_printout]),
    ("knitting_chart_abbreviation_rows", "knitting instructions and chart legends (k2tog, ssk, C4F …) that look like codes",
     [pattern_instructions_excerpt, chart_legend_table]),
    ("storefront_publishable_client_ids", "public-by-design keys: Stripe pk_live_51, PayPal client id, Square sq0idp- app id, Shopify storefront token, Mapbox pk., reCAPTCHA site key, Maps browser key",
     [yarn_shop_checkout_snippet, shop_theme_settings_json]),
    ("readme_dummy_credential_samples", "placeholders: <your-…>, changeme, sk_live_XXXX, ${VAR:?}, replace-me-xxx, empty values",
     [integration_setup_guide, env_sample_committed_file]),
    ("partially_masked_credentials", "bullet-masked dashboard keys with a 4-character tail, *** and [MASKED] in deploy logs",
     [vendor_dashboard_screen_ocr, deploy_log_with_masking]),
    ("secret_reference_indirections", "compose secrets files, Ansible vault / env lookups, op:// references",
     [compose_secrets_section, ansible_lookup_expressions]),
    ("argon2_and_pbkdf2_digests", "Django pbkdf2_sha256 and Keycloak argon2id password digests (random in frame)",
     [django_auth_user_dump, keycloak_credential_export]),
    ("sops_and_age_ciphertext", "SOPS ENC[AES256_GCM,…] values with age recipients and age-armoured backups (random in frame)",
     [sops_encrypted_yaml, age_armored_backup_note]),
    ("wireguard_peer_public_keys", "WireGuard public keys (Base64 of 32 bytes - the same shape as the private key of the positives)",
     [wg_show_output, peer_config_block]),
    ("gpg_and_tls_fingerprints", "OpenPGP fingerprints, certificate serials and SHA-256 fingerprints",
     [gpg_list_keys_output, tls_certificate_summary]),
    ("deploy_commit_and_image_digests", "git commit ids and container image sha256 digests (real digests of random bytes)",
     [release_notes_commits, container_image_list]),
    ("flock_app_record_uuids", "UUIDv4 record and request ids, ULIDs, EIDs in API responses",
     [flock_api_json_response, movement_export_csv]),
    ("wool_cheque_bank_references", "BSB and account numbers, NZ account numbers, GB IBANs with real MOD 97 check digits, VAT numbers",
     [wool_sale_remittance_advice, supplier_bank_details_form]),
    ("shearing_gang_it_advice_prose", "induction and newsletter prose about passwords and tokens with no value given",
     [gang_induction_handout, mill_it_newsletter_paragraph]),
    ("scour_line_plc_register_dumps", "Modbus frames and PLC tag exports in hex",
     [modbus_poll_log, plc_tag_export_csv]),
    ("weather_and_trough_sensor_ids", "weather-station ids, MACs, IMEIs and ICCIDs with real Luhn digits, firmware hashes",
     [weather_station_station_ids, trough_sensor_inventory]),
]
WRAPPERS = [
    ("", None),
    ("__in_shearing_gang_whatsapp", "[12/11/24 19:02] Rangi: can someone check this, is anything secret in it?\n{B}\n[12/11/24 19:05] Jo: no, that's all public stuff"),
    ("__in_mill_helpdesk_ticket", "Ticket MILL-%s - output attached by the reporter\n-----\n{B}\n-----\nStatus: resolved (no credentials exposed)"),
    ("__in_yarn_shop_email_thread", "From: Morag\nSubject: Re: shop setup\n\nThis is what the screen shows:\n\n{B}\n\nM."),
    ("__in_sheep_forum_reply", "Re: flock software help\nPosted by drover_dave\n\nHere's mine for comparison:\n{B}\n"),
]


def build(forbidden, start_index):
    """forbidden: strings (positive values and evasion plains) no negative may contain."""
    rng = random.Random(SEED)
    recs, seen = [], set()
    idx = start_index
    forb = [f for f in forbidden if len(f) >= 6]
    for cls, _desc, kinds in CLASSES:
        for kind in kinds:
            for wname, wt in WRAPPERS:
                for _ in range(100):
                    base = kind(rng)
                    if wt is None:
                        text = base
                    else:
                        text = wt.replace("%s", rs(rng, DIGITS, 4)).replace("{B}", base)
                    if text in seen or PW_ANY_RE.search(text):
                        continue
                    if any(not uuid_is_v4(u) for u in UUID_RE.findall(text)):
                        continue
                    if any(not jwt_valid(j) for j in JWT_RE.findall(text)):
                        continue
                    if any(f in text for f in forb):
                        continue
                    break
                else:
                    raise RuntimeError("negative draw failed")
                seen.add(text)
                recs.append({"id": "p243-n-%04d" % idx, "class": cls, "container": kind.__name__ + wname,
                             "text": text, "source": "negative"})
                idx += 1
    return recs
