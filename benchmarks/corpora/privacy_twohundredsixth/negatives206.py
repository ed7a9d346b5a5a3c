"""Hard negatives of the angling world: 20 classes x 2 base kinds x 5 presentations."""
import hashlib
import json
import random

import common206 as C
import vendor206

SEED = 20606

LAKES = ["North Lake", "Top Lake", "Mill Pool", "Canal Stretch", "Reed Bay", "Island Water"]
ANGLERS = ["R. Tench", "S. Bream", "D. Roach", "K. Perch", "M. Rudd", "J. Chub", "P. Dace", "L. Pike", "A. Barbel"]
SPECIES = ["mirror carp", "common carp", "tench", "bream", "roach", "perch", "pike", "rudd", "crucian"]
WORDS = ["quiet", "heron", "reeds", "otter", "willow", "ripple", "mayfly", "gravel", "sunrise", "misty"]


def _ean13(rng, prefix="50"):
    body = prefix + C.rs(rng, C.DIGITS, 12 - len(prefix))
    return body + C.gs1_check(body)


def _luhn_num(rng, n):
    body = C.rs(rng, C.DIGITS, n - 1)
    return body + C.luhn_digit(body)


def _weight(rng):
    return "%dlb %doz" % (rng.randint(1, 38), rng.randint(0, 15))


def k_permit_ledger(rng):
    rows = ["permit_no,type,lake,issued,price"]
    for _ in range(4):
        rows.append("%s,%s,%s,2025-0%d-%02d,%.2f" % (_luhn_num(rng, 12), rng.choice(["day", "night", "season"]),
                                                 rng.choice(LAKES), rng.randint(4, 9), rng.randint(1, 28), rng.choice([8, 12, 15, 120])))
    return "\n".join(rows) + "\n# permit_no carries a Luhn check digit\n"


def k_licence_log(rng):
    out = []
    for _ in range(4):
        out.append("2025-05-%02dT0%d:%02d:11Z licence-check ok licence=%s-%s expires=2026-0%d-%02d rods=%d" % (
            rng.randint(1, 28), rng.randint(5, 9), rng.randint(0, 59), rng.choice(["RL", "JR", "SN"]),
            C.rs(rng, C.DIGITS, 8), rng.randint(1, 9), rng.randint(1, 28), rng.choice([2, 3])))
    return "\n".join(out) + "\n"


def k_match_sheet(rng):
    out = ["OPEN MATCH – %s – 2025-06-%02d" % (rng.choice(LAKES), rng.randint(1, 28)), "Peg  Angler       Weight"]
    for _ in range(5):
        out.append("%-4d %-12s %s" % (rng.randint(1, 60), rng.choice(ANGLERS), _weight(rng)))
    return "\n".join(out) + "\n"


def k_peg_draw_json(rng):
    d = {"match_id": "M25-%04d" % rng.randint(1, 9999), "venue": rng.choice(LAKES),
         "draw": [{"angler": rng.choice(ANGLERS), "peg": rng.randint(1, 60), "section": rng.choice("ABCD")} for _ in range(4)],
         "seed_hash": hashlib.sha256(C.rbytes(rng, 16)).hexdigest()}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def k_catch_csv(rng):
    rows = ["return_id,date,lake,species,weight,released"]
    for _ in range(4):
        rows.append("CR-%s,2025-0%d-%02d,%s,%s,%s,yes" % (C.rs(rng, C.UPALNUM, 8), rng.randint(4, 9), rng.randint(1, 28),
                                                       rng.choice(LAKES), rng.choice(SPECIES), _weight(rng)))
    return "\n".join(rows) + "\n"


def k_weigh_slip(rng):
    return ("WEIGH-IN SLIP No %06d\nAngler: %s   Peg: %d\nSpecies: %s   Weight: %s\nSling tare: %doz   Scales ID: SC-%s\nWitness: bailiff on duty\n"
            % (rng.randint(1, 999999), rng.choice(ANGLERS), rng.randint(1, 60), rng.choice(SPECIES), _weight(rng),
               rng.randint(8, 30), C.rs(rng, C.UPALNUM, 6)))


def k_shelf_labels(rng):
    items = ["Float 4g", "Hooks size 16", "Braid 20lb", "Feeder 30g", "Boilies 15mm", "Pellets 4mm", "Swivels size 8"]
    return "\n".join("%s  %-16s £%d.%02d" % (_ean13(rng), rng.choice(items), rng.randint(1, 30), rng.randint(0, 99)) for _ in range(5)) + "\n"


def k_stocktake(rng):
    return "\n".join("scan ok ean=%s qty=%d bin=R%d-S%d" % (_ean13(rng, rng.choice(["50", "40", "87"])), rng.randint(1, 40),
                                                          rng.randint(1, 9), rng.randint(1, 6)) for _ in range(5)) + "\n"


def k_maggot_batch(rng):
    return "\n".join("Batch %s  %s  pints=%d  use by 2025-0%d-%02d  fridge %d" % (
        "MG" + C.rs(rng, C.DIGITS, 6) + rng.choice("ABCDEF"), rng.choice(["white maggot", "red maggot", "pinkie", "squatt", "caster"]),
        rng.randint(1, 20), rng.randint(4, 9), rng.randint(1, 28), rng.randint(1, 3)) for _ in range(4)) + "\n"


def k_boilie_label(rng):
    return ("BOILIE ROLL BATCH\nRecipe: %s %dmm\nBatch: BR-%s-%s\nRolled: 2025-0%d-%02d   Best before: 2025-1%d-%02d\nLot code: L%s\n"
            % (rng.choice(["Krill", "Tiger nut", "Scopex", "Fishmeal"]), rng.choice([12, 15, 18, 20]), C.rs(rng, C.DIGITS, 4),
               C.rs(rng, C.UPPER, 3), rng.randint(1, 9), rng.randint(1, 28), rng.randint(0, 2), rng.randint(1, 28), C.rs(rng, C.UPALNUM, 10)))


def k_pit_register(rng):
    rows = ["fish_id,species,weight,pit_tag_iso,pit_tag_hex"]
    for _ in range(4):
        nid = rng.randrange(10 ** 11, 10 ** 12)
        rows.append("F%04d,%s,%s,826 %012d,%016X" % (rng.randint(1, 9999), rng.choice(SPECIES), _weight(rng), nid,
                                                  (1 << 63) | (826 << 38) | nid))
    return "\n".join(rows) + "\n"


def k_pit_scanner(rng):
    nid = rng.randrange(10 ** 11, 10 ** 12)
    return ("READER HPR+ S/N %s\nTAG FDX-B 826.%012d\nRAW %016X\nTEMP 14.%d C  %s\n" % (C.rs(rng, C.UPALNUM, 8), nid,
            (1 << 63) | (826 << 38) | nid, rng.randint(0, 9), rng.choice(LAKES)))


def k_movement_letter(rng):
    return ("Fish movement consent\nOur ref: FMC/%d/%s\nSite: %s (site code FHI-%s)\nConsignment: %d %s from supplier SUP-%s\nValid until 2025-1%d-%02d\n"
            % (rng.randint(2024, 2025), C.rs(rng, C.DIGITS, 6), rng.choice(LAKES), C.rs(rng, C.UPALNUM, 6), rng.randint(20, 400),
               rng.choice(SPECIES), C.rs(rng, C.DIGITS, 5), rng.randint(0, 2), rng.randint(1, 28)))


def k_health_header(rng):
    return ("FISH HEALTH CHECK REPORT\nReport no: FHC-%s-%s\nSample ids: %s\nLab accession: ACC%s\nResult: no notifiable disease detected\n"
            % (C.rs(rng, C.DIGITS, 4), C.rs(rng, C.UPPER, 2), ", ".join("S%s" % C.rs(rng, C.DIGITS, 7) for _ in range(3)), C.rs(rng, C.HEXU, 10)))


def k_swim_geojson(rng):
    feats = [{"type": "Feature", "properties": {"swim": i, "name": rng.choice(["Point", "Lilies", "Bar", "Corner"]) + " swim"},
              "geometry": {"type": "Point", "coordinates": [round(-1.5 + rng.random() / 10, 6), round(51.7 + rng.random() / 10, 6)]}}
             for i in range(1, 4)]
    return json.dumps({"type": "FeatureCollection", "features": feats}, indent=1) + "\n"


def k_directions(rng):
    return ("Getting to %s: grid ref SU %05d %05d, car park at ///%s.%s.%s. Gate is by the %s; postcode lookup works, no key needed.\n"
            % (rng.choice(LAKES), rng.randint(0, 99999), rng.randint(0, 99999), rng.choice(WORDS), rng.choice(WORDS),
               rng.choice(WORDS), rng.choice(["weir", "bridge", "boathouse"])))


def k_checkout_html(rng):
    return ('<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("pk_live_51%s");\n'
            '  const sq = { applicationId: "sq0idp-%s", locationId: "L%s" };\n</script>\n'
            '<div class="h-captcha" data-sitekey="%s"></div>\n'
            % (C.rs(rng, C.ALNUM, 97), C.rs(rng, C.B64URL, 22), C.rs(rng, C.UPALNUM, 12), C.uuid4(rng)))


def k_public_env(rng):
    d = {"PUBLIC_MAPS_BROWSER_KEY": "AIza" + C.rs(rng, C.B64URL, 35), "PUBLIC_TURNSTILE_SITE_KEY": "0x4AAAAAAA" + C.rs(rng, C.B64URL, 14),
         "PUBLIC_PAYPAL_CLIENT_ID": "A" + C.rs(rng, C.B64URL, 79),
         "PUBLIC_SENTRY_DSN": "https://%s@o%d.ingest.de.sentry.io/%d" % (C.rs(rng, C.HEXL, 32), rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 6, 10 ** 7)),
         "_comment": "browser-side values; the maps key is restricted to https://tickets.kingfisher.example/*"}
    return json.dumps(d, indent=2) + "\n"


def k_setup_guide(rng):
    return ("## Configure the weigh-in bridge\n\n1. Ask the club secretary for a scale token (`wis_<32 chars + checksum>`).\n"
            "2. Put it in `.env` as `WEIGH_SCALE_API_TOKEN=wis_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.\n"
            "3. The licence key looks like `LCK-XXXX-XXXX-XXXX-XXXX-X`; never commit the real one.\n"
            "4. Example only: `PERMIT_QR_SIGNING_KEY=dtq_<base32 of 25 bytes>` (step %d).\n" % rng.randint(4, 9))


def k_env_example(rng):
    return ("# .env.example – copy to .env and fill in\nDAY_TICKET_ADMIN_PASSWORD=\nPEG_DRAW_DB_PASSWORD=${PEG_DRAW_DB_PASSWORD:?set me}\n"
            "CATCH_PHOTO_UPLOAD_SECRET=<paste secret here>\nSTRIPE_RESTRICTED_API_KEY=rk_live_...\nMATCH_SESSION_JWT=eyJ...\nLAKE_BOOKING_BACKOFFICE_PASSWORD=changeme\nPORT=%d\n" % rng.randint(3000, 3999))


def k_sync_log(rng):
    return "\n".join("2025-06-%02d %02d:%02d:%02d INFO ticket-sync pushed %d tickets token=wis_****%s square=EAAA**** redacted" % (
        rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(1, 40), C.rs(rng, C.HEXL, 4))
        for _ in range(3)) + "\n"


def k_ci_masked(rng):
    return ("$ ./deploy.sh\nUsing PEG_DRAW_DB_PASSWORD=[MASKED]\nUsing LICENCE_CHECK_API_KEY=LCK-****-****-****-****-*\n"
            "Using PERMIT_QR_SIGNING_KEY=••••••••%s\nDeploy %s finished in %ds\n" % (C.rs(rng, C.LOWALNUM, 4), C.rs(rng, C.HEXL, 7), rng.randint(20, 90)))


def k_external_secret(rng):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: peg-draw-db\nspec:\n  secretStoreRef:\n"
            "    name: club-vault\n    kind: ClusterSecretStore\n  data:\n    - secretKey: PEG_DRAW_DB_PASSWORD\n      remoteRef:\n"
            "        key: secret/data/fishery/pegdraw\n        property: db_password\n        version: \"%d\"\n" % rng.randint(1, 30))


def k_store_refs(rng):
    return ("LAKE_BOOKING_BACKOFFICE_PASSWORD=op://Club IT/Lake bookings/password\nSTOCKING_DB_PASSWORD=vault:secret/data/stocking#db_password\n"
            "SQUARE_TOKEN=arn:aws:secretsmanager:eu-west-2:%s:secret:square-prod-%s\nSENDGRID=${{ secrets.SENDGRID_API_KEY }}\n"
            % (C.rs(rng, C.DIGITS, 12), C.rs(rng, C.ALNUM, 6)))


def _argon(rng):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (C.b64(C.rbytes(rng, 16)).rstrip("="), C.b64(C.rbytes(rng, 32)).rstrip("="))


def k_members_sql(rng):
    return "\n".join("INSERT INTO members (id, email, password_hash) VALUES (%d, '%s@example.org', '%s');" % (
        rng.randint(100, 999), rng.choice(["tench", "bream", "roach", "perch"]) + str(rng.randint(1, 99)), _argon(rng)) for _ in range(3)) + "\n"


def k_django_fixture(rng):
    d = [{"model": "auth.user", "pk": rng.randint(1, 99), "fields": {"username": rng.choice(["bailiff", "matchsec", "warden"]),
          "password": "pbkdf2_sha256$870000$%s$%s" % (C.rs(rng, C.ALNUM, 22), C.b64(C.rbytes(rng, 32)))}}]
    return json.dumps(d, indent=2) + "\n"


def k_ansible_vault(rng):
    hexs = C.rs(rng, C.HEXL, 80 * 5)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs[i:i + 80] for i in range(0, len(hexs), 80)) + "\n"


def _bits5(b):
    acc, bits, out = 0, 0, []
    for x in b:
        acc = (acc << 8) | x
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def k_sops_yaml(rng):
    recip = vendor206.bech32_encode("age", _bits5(C.rbytes(rng, 32)))
    return ("peg_draw_db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n  age:\n    - recipient: %s\n"
            "  lastmodified: \"2025-05-%02dT10:00:00Z\"\n  version: 3.9.1\n"
            % (C.b64(C.rbytes(rng, 18)), C.b64(C.rbytes(rng, 32)), C.b64(C.rbytes(rng, 16)), recip, rng.randint(1, 28)))


def k_minutes(rng):
    return ("Item %d – IT. The secretary reminded the committee that the weigh-in laptop password is changed after every open match "
            "and is only given out in person. Nobody should write passwords on the bailiff hut whiteboard. Agreed to buy a password manager licence.\n" % rng.randint(3, 9))


def k_handbook(rng):
    return ("Volunteer handbook, page %d: choose a long passphrase for the booking back office, never reuse your email password, "
            "and report any password you think has leaked to the webmaster. Two-factor sign-in is on for all committee accounts.\n" % rng.randint(10, 40))


def k_order_webhook(rng):
    d = {"id": rng.randrange(10 ** 12, 10 ** 13), "admin_graphql_api_id": "gid://shopify/Order/%d" % rng.randrange(10 ** 12, 10 ** 13),
         "payment_intent": "pi_3" + C.rs(rng, C.ALNUM, 23), "charge": "ch_3" + C.rs(rng, C.ALNUM, 23),
         "customer": "cus_" + C.rs(rng, C.ALNUM, 14), "line_items": [{"sku": "FLOAT-4G", "qty": rng.randint(1, 5)}]}
    return json.dumps(d, indent=2) + "\n"


def k_refund_csv(rng):
    rows = ["refund_id,payment_id,amount,reason"]
    for _ in range(3):
        rows.append("re_3%s,%s,%d.%02d,%s" % (C.rs(rng, C.ALNUM, 23), C.rs(rng, C.ALNUM, 29), rng.randint(5, 60), rng.randint(0, 99),
                                            rng.choice(["rained off", "match cancelled", "duplicate ticket"])))
    return "\n".join(rows) + "\n"


def k_lorawan_csv(rng):
    rows = ["device,dev_eui,join_eui,lake"]
    for _ in range(4):
        rows.append("%s,%s,%s,%s" % (rng.choice(["oxygen", "temp", "level"]) + "-%d" % rng.randint(1, 9), C.rs(rng, C.HEXU, 16),
                                      "70B3D57ED00" + C.rs(rng, C.HEXU, 5), rng.choice(LAKES)))
    return "\n".join(rows) + "\n# app keys are provisioned on the network server, not listed here\n"


def k_gateway_json(rng):
    d = {"gateway_eui": C.rs(rng, C.HEXU, 16), "mac": ":".join(C.rs(rng, C.HEXL, 2) for _ in range(6)),
         "uptime_s": rng.randint(1000, 999999), "last_uplink": {"dev_eui": C.rs(rng, C.HEXU, 16), "rssi": -rng.randint(60, 120)}}
    return json.dumps(d, indent=2) + "\n"


def k_hydrology_script(rng):
    st = C.uuid4(rng)
    return ("import requests\n# Environment Agency hydrology API: open data, no key required\n"
            "url = \"https://environment.data.gov.uk/hydrology/id/stations/%s/measures\"\nr = requests.get(url, params={\"_limit\": %d})\n"
            % (st, rng.randint(10, 500)))


def k_flood_curl(rng):
    return ("$ curl -s 'https://environment.data.gov.uk/flood-monitoring/id/stations/%d%s/readings?latest'\n{\"items\": [{\"value\": %.3f}]}\n"
            % (rng.randint(1000, 9999), rng.choice(["TH", "SE", ""]), rng.random() * 3))


def k_oidc_client(rng):
    d = {"client_id": "%d-%s.apps.googleusercontent.com" % (rng.randrange(10 ** 11, 10 ** 12), C.rs(rng, C.LOWALNUM, 32)),
         "azure_app_id": C.uuid4(rng), "redirect_uris": ["club.kingfisher.app:/oauth2redirect"],
         "code_challenge": C.b64url(hashlib.sha256(C.rbytes(rng, 32)).digest()), "code_challenge_method": "S256",
         "token_endpoint_auth_method": "none"}
    return json.dumps(d, indent=2) + "\n"


def k_mobile_auth_xml(rng):
    return ('<resources>\n  <string name="msal_client_id">%s</string>\n  <string name="msal_tenant">kingfisherlakes.onmicrosoft.com</string>\n'
            '  <string name="msal_signature_hash">%s</string>\n</resources>\n' % (C.uuid4(rng), C.b64(hashlib.sha1(C.rbytes(rng, 16)).digest())))


def k_sha256sums(rng):
    return "\n".join("%s  match-results-%d.%d.%d.%s" % (hashlib.sha256(C.rbytes(rng, 64)).hexdigest(), rng.randint(1, 3),
                                                      rng.randint(0, 9), rng.randint(0, 9), ext) for ext in ("apk", "ipa", "zip")) + "\n"


def k_git_log(rng):
    msgs = ["fix peg draw tie-break", "add lb/oz rounding", "bump stripe sdk", "catch returns csv export"]
    out = [hashlib.sha1(C.rbytes(rng, 20)).hexdigest()[:rng.choice([7, 40])] + " " + rng.choice(msgs) for _ in range(4)]
    out.append("version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d" % (hashlib.sha256(C.rbytes(rng, 32)).hexdigest(), rng.randint(10 ** 4, 10 ** 7)))
    return "\n".join(out) + "\n"


CLASSES = [
    ("rod_licence_and_permit_serials", "permit numbers with a real Luhn digit, rod-licence numbers in check logs",
     [("permit_sales_ledger_csv", k_permit_ledger), ("licence_check_log_lines", k_licence_log)]),
    ("peg_draw_and_match_weight_sheets", "peg numbers, sections, lb/oz weights, draw seed digests",
     [("match_result_sheet_txt", k_match_sheet), ("peg_draw_export_json", k_peg_draw_json)]),
    ("catch_return_submissions", "catch-return ids, species, weights, scale ids",
     [("catch_return_form_csv", k_catch_csv), ("weigh_in_slip_ocr", k_weigh_slip)]),
    ("tackle_gtin13_shelf_labels", "EAN-13 / GTIN-13 barcodes with real GS1 check digits",
     [("shelf_label_print_batch", k_shelf_labels), ("stocktake_scan_log", k_stocktake)]),
    ("bait_batch_and_use_by_codes", "maggot and boilie batch codes, lot codes, use-by dates",
     [("maggot_fridge_batch_sheet", k_maggot_batch), ("boilie_roll_batch_label", k_boilie_label)]),
    ("pit_tag_transponder_numbers", "ISO 11784 FDX-B PIT-tag numbers of stocked fish and their 64-bit hex form",
     [("stocking_pit_tag_register_csv", k_pit_register), ("scanner_readout_txt", k_pit_scanner)]),
    ("fish_movement_consent_refs", "movement-consent references, site codes, sample and lab accession ids",
     [("movement_consent_letter", k_movement_letter), ("health_check_report_header", k_health_header)]),
    ("os_grid_refs_and_swim_coordinates", "OS grid references, swim coordinates, three-word addresses",
     [("swim_map_geojson", k_swim_geojson), ("access_directions_text", k_directions)]),
    ("public_keys_on_day_ticket_checkout", "Stripe `pk_live_`, Square application id, hCaptcha / Turnstile site keys, browser Maps key, PayPal client id, Sentry DSN",
     [("ticket_checkout_page_html", k_checkout_html), ("bookings_public_env_json", k_public_env)]),
    ("placeholder_credentials_in_fishery_setup_guides", "`wis_XXXX…`, `LCK-XXXX-…`, `dtq_<…>`, empty values, `${…:?…}`, `<paste …>`, `rk_live_...`, `eyJ...`, `changeme`",
     [("setup_guide_markdown", k_setup_guide), ("env_example_file", k_env_example)]),
    ("masked_credentials_in_ticket_sync_logs", "`wis_****` + 4 hex, `EAAA****`, `[MASKED]`, `LCK-****-…`, bullets + 4 characters",
     [("ticket_sync_worker_log", k_sync_log), ("ci_pipeline_masked_output", k_ci_masked)]),
    ("secret_store_references_in_club_deploys", "ExternalSecret remoteRefs, `op://` and `vault:` references, Secrets Manager ARNs, `${{ secrets.* }}`",
     [("k8s_external_secret_yaml", k_external_secret), ("secret_reference_env_file", k_store_refs)]),
    ("argon2_and_django_pbkdf2_hashes", "`$argon2id$` and Django `pbkdf2_sha256$` password hashes (random in frame)",
     [("members_table_dump_sql", k_members_sql), ("django_auth_user_fixture_json", k_django_fixture)]),
    ("ansible_vault_and_sops_ciphertext", "`$ANSIBLE_VAULT;1.1;AES256` bodies, SOPS `ENC[AES256_GCM,…]` values, age recipients (real Bech32 public keys)",
     [("ansible_vault_encrypted_file", k_ansible_vault), ("sops_encrypted_yaml", k_sops_yaml)]),
    ("committee_minutes_on_password_hygiene", "committee and handbook prose about passwords without any password",
     [("committee_meeting_minutes", k_minutes), ("volunteer_handbook_it_page", k_handbook)]),
    ("tackle_order_and_payment_object_ids", "Shopify order ids and gids, Stripe `pi_` / `ch_` / `cus_` / `re_` ids",
     [("shop_order_webhook_json", k_order_webhook), ("refund_report_csv", k_refund_csv)]),
    ("lake_sensor_eui_and_mac_identifiers", "LoRaWAN DevEUI / JoinEUI, gateway EUIs, MAC addresses",
     [("lorawan_device_list_csv", k_lorawan_csv), ("sensor_gateway_status_json", k_gateway_json)]),
    ("keyless_open_data_api_urls", "Environment Agency hydrology and flood-monitoring URLs and station ids (open data, no key)",
     [("hydrology_fetch_script", k_hydrology_script), ("flood_monitoring_curl_log", k_flood_curl)]),
    ("oauth_public_client_identifiers", "Google OAuth client ids, Azure app ids, PKCE S256 challenges, MSAL signature hashes",
     [("oidc_client_registration_json", k_oidc_client), ("mobile_app_auth_config_xml", k_mobile_auth_xml)]),
    ("release_checksums_and_commit_ids", "SHA-256 sums of app releases, git commit ids, Git LFS pointers (real digests of random bytes)",
     [("results_app_release_sha256sums", k_sha256sums), ("git_log_oneline_excerpt", k_git_log)]),
]

WRAPPERS = [
    ("", None),
    ("in_club_whatsapp_thread", lambda b, r: "[1%d/04/2025, 19:02] Pete: can someone sanity-check this before I post it?\n%s[1%d/04/2025, 19:05] Sue: fine, nothing secret in there\n" % (r, b, r)),
    ("in_tackle_dev_gitea_pr", lambda b, r: "Review on PR #%d (tackle-shop/api):\n```\n%s```\nLGTM once CI is green.\n" % (r + 100, b)),
    ("in_fishery_manager_email", lambda b, r: "Subject: FW: weekly admin\n\nHi all,\n\nsee below for the record.\n\n%s\nThanks,\nFishery office\n" % b),
    ("in_bailiff_wiki_page", lambda b, r: "== Reference (rev %d) ==\n%s[[Category:Bailiffs]]\n" % (r, b)),
]


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for cls, _, kinds in CLASSES:
        for kname, fn in kinds:
            for wname, wf in WRAPPERS:
                for _ in range(50):
                    body = fn(rng)
                    text = wf(body, rng.randint(1, 9)) if wf else body
                    if not any(len(s) >= 6 and s in text for s in reg.items):
                        break
                else:
                    raise RuntimeError("negative could not avoid registered strings")
                container = kname + ("__" + wname if wname else "")
                recs.append((cls, container, text))
    return recs
