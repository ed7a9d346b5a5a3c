"""Hard negatives from the fire / EMS / dispatch world: no secret, but secret-looking."""
import base64
import hashlib
import hmac
import json
import string

from common165 import (ALNUM, HEXD, b64, b64url, b64url_json, hexs, luhn_digit, md5_of,
                       rstr, sha256_of, uuid4, vin, vin_valid)

UPD = string.ascii_uppercase + string.digits
CRYPT64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase
UNITS = ["E14", "E7", "L3", "M12", "M4", "BC2", "R1", "T9", "Q5", "SQ2"]


def _d(r, n):
    return rstr(r, string.digits, n)


# ----------------------------------------------------------------- class bases
def cad_event_history_csv(r):
    rows = ["event_no,incident_no,call_type,received,unit,disposition"]
    for _ in range(4):
        rows.append("%s-%s,F24%s,%s,2024-11-%02d %02d:%02d:%02d,%s,%s" % (
            "24", _d(r, 6), _d(r, 6), r.choice(["STRUCT", "MED", "MVA", "ALARM", "BRUSH"]),
            r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(UNITS),
            r.choice(["TRANSPORT", "CXL", "FA-NOFIRE", "EXTING"])))
    return "\n".join(rows)


def incident_json_from_cad_api(r):
    return json.dumps({"eventNumber": "24-" + _d(r, 6), "incidentNumber": "F24" + _d(r, 6),
                       "agencyOri": "IL0420100", "priority": r.randint(1, 3),
                       "caseGuid": uuid4(r), "units": r.sample(UNITS, 2)}, indent=2)


def unit_status_log_lines(r):
    lines = []
    for st in ["DISP", "ENRT", "ONSC", "AVAIL"]:
        lines.append("%02d:%02d:%02d %-4s %-5s evt 24-%s seq %s" % (
            r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice(UNITS), st, _d(r, 6), _d(r, 10)))
    return "\n".join(lines)


def nemsis_v3_xml_excerpt(r):
    return ('<PatientCareReport UUID="%s">\n  <eRecord>\n    <eRecord.01>PCR-2024-%s</eRecord.01>\n'
            '    <eRecord.SoftwareApplicationGroup>\n      <eRecord.02>CountyEMS ePCR</eRecord.02>\n'
            '      <eRecord.03>7.4.%d</eRecord.03>\n    </eRecord.SoftwareApplicationGroup>\n  </eRecord>\n'
            '  <eResponse><eResponse.03>24-%s</eResponse.03><eResponse.14>M12</eResponse.14></eResponse>\n'
            '</PatientCareReport>' % (uuid4(r), _d(r, 7), r.randint(0, 9), _d(r, 6)))


def epcr_export_manifest(r):
    out = ["# state submission batch %s" % uuid4(r)]
    for _ in range(3):
        out.append("PCR-2024-%s  incident 24-%s  elements 412  status ACCEPTED" % (_d(r, 7), _d(r, 6)))
    return "\n".join(out)


def epcr_qa_queue_rows(r):
    out = ["| pcr | crew | flag | reviewer |", "|---|---|---|---|"]
    for _ in range(3):
        out.append("| PCR-2024-%s | %s | %s | QA-%s |" % (_d(r, 7), r.choice(["M12", "M4", "M7"]),
                                                       r.choice(["missing vitals", "no signature", "late close"]), _d(r, 3)))
    return "\n".join(out)


def nfirs_basic_module_row(r):
    return ("FDID  STATE  INC_DATE  INC_NO   EXP  STATION  TYPE\n%s  IL     110%d2024  %s  000  %03d      %d" % (
        _d(r, 5), r.randint(1, 9), _d(r, 7), r.randint(1, 30), r.choice([111, 113, 131, 321, 745])))


def neris_incident_payload(r):
    ent = "FD" + _d(r, 8)
    return json.dumps({"neris_id_entity": ent, "incident_number": "24-" + _d(r, 6),
                       "neris_id_incident": "%s|24-%s|%s" % (ent, _d(r, 6), _d(r, 10)),
                       "incident_types": ["FIRE||STRUCTURE_FIRE||RESIDENTIAL_SINGLE"]}, indent=2)


def fdid_roster(r):
    out = ["department, fdid, county"]
    for name in r.sample(["Maple Grove FPD", "North County Fire", "Riverside VFD", "Lakeview Fire", "Oak Hollow FPD"], 3):
        out.append("%s, %s, %s" % (name, _d(r, 5), r.choice(["Lake", "Kane", "Will", "Boone"])))
    return "\n".join(out)


def fleet_register_csv(r):
    out = ["unit,vin,year,body,mdt_serial"]
    for u in r.sample(UNITS, 3):
        v = vin(r, r.choice(["4P1", "4S7", "1F9", "54F", "1FD"]))
        assert vin_valid(v)
        out.append("%s,%s,20%d,%s,GTC-%s" % (u, v, r.randint(12, 24), r.choice(["pumper", "aerial", "type I ambulance"]), rstr(r, UPD, 10)))
    return "\n".join(out)


def mdt_device_inventory_yaml(r):
    imei = _d(r, 14)
    imei += luhn_digit(imei)
    return ("- unit: %s\n  mdt_model: rugged-12\n  serial: RX%s\n  modem_imei: \"%s\"\n  vin: %s\n" % (
        r.choice(UNITS), rstr(r, UPD, 9), imei, vin(r, r.choice(["4P1", "54F", "1FD"]))))


def apparatus_service_ticket(r):
    return ("Shop ticket %s: %s (VIN %s) in for annual pump test and aerial cert; odometer %d, "
            "pump hours %d. Back in service Thursday." % (_d(r, 6), r.choice(["Engine 14", "Ladder 3", "Quint 5"]),
                                                          vin(r, r.choice(["4P1", "4S7"])), r.randint(20000, 90000), r.randint(800, 4000)))


def radio_programming_codeplug_export(r):
    out = ["radio_id,alias,home_tg,wacn,system_id"]
    wacn, sysid = rstr(r, "0123456789ABCDEF", 5), rstr(r, "0123456789ABCDEF", 3)
    for _ in range(3):
        out.append("%s,%s-%s,%d,%s,%s" % (_d(r, 7), r.choice(["E14", "M12", "BC2"]), r.choice(["PORT", "MOB"]),
                                          r.randint(2000, 39999), wacn, sysid))
    return "\n".join(out)


def issi_gateway_status_page(r):
    return ("ISSI gateway status\nRFSS 1.%d  WACN 0x%s  SYSID 0x%s  peers up: %d\nlast affiliation: unit %s on TG %d at %02d:%02d" % (
        r.randint(1, 20), rstr(r, "0123456789ABCDEF", 5), rstr(r, "0123456789ABCDEF", 3), r.randint(1, 4),
        _d(r, 7), r.randint(2000, 39999), r.randint(0, 23), r.randint(0, 59)))


def console_patch_log(r):
    return "%02d:%02d patch %d created by DISP-0%d: TG %d <-> TG %d (mutual aid %s)" % (
        r.randint(0, 23), r.randint(0, 59), r.randint(1, 9), r.randint(1, 8), r.randint(2000, 9999),
        r.randint(10000, 39999), r.choice(["North", "Lake", "Boone"]))


def ali_spill_text(r):
    return ("(555) 01%d-%s  %02d/%02d %02d:%02d  CLS WPH2\nESN %s  COS WPH2  P#555-01%d-%s\nLAT +41.%s LON -088.%s UNC %d\nTOWER SECTOR %s" % (
        r.randint(0, 9), _d(r, 4), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
        _d(r, 4), r.randint(0, 9), _d(r, 4), _d(r, 6), _d(r, 6), r.randint(5, 80), _d(r, 5)))


def ng911_pidf_lo_location_excerpt(r):
    return ('<gp:geopriv>\n  <gp:location-info>\n    <gml:Point srsName="urn:ogc:def:crs:EPSG::4326">\n'
            '      <gml:pos>41.%s -88.%s</gml:pos>\n    </gml:Point>\n  </gp:location-info>\n'
            '  <gp:usage-rules/>\n</gp:geopriv>\n<!-- call id %s@bcf.esinet.example -->' % (_d(r, 5), _d(r, 5), uuid4(r)))


def ecrf_lost_query_log(r):
    return "LoST findService urn:service:sos.fire loc=%s -> sip:psap-%s@esinet.example (ttl %ds)" % (
        uuid4(r), r.choice(["north", "south", "lake"]), r.randint(300, 3600))


def hydrant_feature_geojson(r):
    return json.dumps({"type": "Feature", "properties": {
        "OBJECTID": r.randint(1000, 99999), "GlobalID": "{" + uuid4(r).upper() + "}",
        "HYD_ID": "H-%02d-%04d" % (r.randint(1, 40), r.randint(1, 9999)), "FLOW_GPM": r.randint(500, 1500),
        "NFPA_COLOR": r.choice(["BLUE", "GREEN", "ORANGE"])},
        "geometry": {"type": "Point", "coordinates": [-88.0 - r.random(), 41.0 + r.random()]}})


def arcgis_rest_query_response(r):
    return json.dumps({"objectIdFieldName": "OBJECTID", "globalIdFieldName": "GlobalID", "features": [
        {"attributes": {"OBJECTID": r.randint(1, 9999), "GlobalID": "{" + uuid4(r).upper() + "}", "PREPLAN_NO": "PP-" + _d(r, 5)}}]})


def preplan_layer_metadata(r):
    return ("layer: Pre-plan buildings (public view)\nitem id: %s\nservice: https://services.arcgis.example/%s/arcgis/rest/services/Preplans/FeatureServer\nowner: countyfire_gis" % (
        hexs(r, 32), rstr(r, ALNUM, 16)))


def pocsag_capcode_table(r):
    out = ["capcode  func  alias"]
    for _ in range(3):
        out.append("%s  %s     %s" % (_d(r, 7), r.choice("ABCD"), r.choice(["STA07-ALL", "BC2", "MEDIC-12", "HAZMAT"])))
    return "\n".join(out)


def two_tone_sequential_plan(r):
    return "\n".join("Station %d: %.1f Hz / %.1f Hz (1s / 3s)" % (r.randint(1, 20), r.uniform(300, 1500), r.uniform(300, 1500)) for _ in range(3))


def station_alert_zone_map(r):
    return "\n".join("zone %02d -> relay %d, tone code 0x%s, lights %s" % (r.randint(1, 30), r.randint(1, 8), rstr(r, "0123456789ABCDEF", 2), r.choice(["red", "white", "amber"])) for _ in range(3))


def sha256sums_for_state_submission(r):
    return "\n".join("%s  nemsis_%s_%s.xml" % (sha256_of(rstr(r, ALNUM, 20)), _d(r, 8), _d(r, 4)) for _ in range(3))


def mdt_firmware_release_notes(r):
    s = rstr(r, ALNUM, 24)
    return "MDT firmware %d.%d.%d\nMD5: %s\nSHA-1: %s\nInstall from the fleet console only." % (
        r.randint(3, 6), r.randint(0, 20), r.randint(0, 9), md5_of(s), hashlib.sha1(s.encode()).hexdigest())


def docker_image_digest_pins(r):
    return "\n".join("image: registry.dispatch.internal/%s@sha256:%s" % (n, sha256_of(rstr(r, ALNUM, 16)))
                     for n in r.sample(["cad-api", "paging-gateway", "nemsis-bridge", "avl-ingest"], 2))


def mapbox_public_token_map_init(r):
    tok = "pk." + b64url_json({"u": "countyfire-gis", "a": rstr(r, string.ascii_lowercase + string.digits, 25)}) + "." + rstr(r, ALNUM + "-_", 22)
    return "// public token, URL-restricted to hydrants.countyfire.example\nmapboxgl.accessToken = '%s';\nconst map = new mapboxgl.Map({ container: 'map', zoom: 13 });" % tok


def algolia_search_only_key_preplan_search(r):
    return "// search-only key: safe in the browser, can only query the preplans index\nconst client = algoliasearch('%s', '%s');" % (rstr(r, UPD, 10), hexs(r, 32))


def sentry_browser_dsn_wallboard(r):
    return "Sentry.init({\n  dsn: 'https://%s@o%s.ingest.sentry.io/%s',\n  tracesSampleRate: 0.1,\n});" % (hexs(r, 32), _d(r, 6), _d(r, 7))


def cad_interface_debug_log(r):
    return "2024-11-%02dT%02d:%02d:%02dZ DEBUG cad-interface connect host=cad-gw.dispatch.internal user=cadsvc password=******** api_key=[REDACTED] status=200" % (
        r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def config_dump_with_stars(r):
    return "CAD_INTERFACE_API_KEY=%s%s\nPAGING_WEBHOOK_SECRET=****\nRADIO_GATEWAY_CONSOLE_PASSWORD=(set, %d chars)" % (
        "*" * 36, rstr(r, ALNUM, 4), r.randint(12, 20))


def support_bundle_env_listing(r):
    return "env (values hidden by support-bundle tool v%d.%d):\n  HOSPITAL_NOTIFY_HMAC_KEY=<hidden 64 chars>\n  EPCR_EXPORT_JWT_SIGNING_SECRET=••••••••\n  NEMSIS_STATE_BRIDGE_PASSWORD=<redacted>" % (r.randint(1, 4), r.randint(0, 9))


def alerting_env_example(r):
    return "# .env.example -- copy to .env and fill from the vault\nPAGING_WEBHOOK_SIGNING_SECRET=<paste-from-vault>\nSTATION_ALERTING_CONTROLLER_PASSWORD=\nALI_FEED_BEARER_TOKEN=your-token-here\nZONE=%02d" % r.randint(1, 30)


def helm_values_with_template_refs(r):
    return "paging:\n  webhookSecret: {{ .Values.secrets.pagingWebhook | quote }}\n  apiKey: ${CAD_INTERFACE_API_KEY:?must be set}\nreplicas: %d" % r.randint(1, 4)


def installer_ini_placeholders(r):
    return "[MDT]\nUnitId=%s\nCadApiKey=%%CAD_API_KEY%%\nGatewayPassword=$(MdtGatewayPassword)\nBuild=%d" % (r.choice(UNITS), r.randint(100, 999))


def vault_agent_template_reference(r):
    return '{{ with secret "secret/data/dispatch/%s" }}\nCAD_DB_PASSWORD={{ .Data.data.password }}\n{{ end }}' % r.choice(["cad", "epcr", "paging"])


def ssm_parameter_arn_env(r):
    return "CAD_API_KEY_PARAM=arn:aws:ssm:us-east-2:%s:parameter/dispatch/cad/api-key\nEPCR_JWT_SECRET_ARN=arn:aws:secretsmanager:us-east-2:%s:secret:epcr/jwt-%s" % (
        _d(r, 12), _d(r, 12), rstr(r, ALNUM, 6))


def k8s_secret_key_ref(r):
    return "env:\n  - name: HOSPITAL_NOTIFY_HMAC_KEY\n    valueFrom:\n      secretKeyRef:\n        name: hospital-notify-%s\n        key: hmac-key" % rstr(r, string.ascii_lowercase, 5)


def sops_encrypted_yaml(r):
    return ("cad_interface_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n  age:\n    - recipient: age1%s\n  lastmodified: \"2024-11-%02dT03:14:07Z\"\n  mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        b64(r, 30), b64(r, 32), b64(r, 16), rstr(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), r.randint(1, 28),
        b64(r, 32), b64(r, 32), b64(r, 16)))


def openssl_salted_b64_blob(r):
    blob = base64.b64encode(b"Salted__" + bytes(r.getrandbits(8) for _ in range(8 + 48))).decode()
    return "# radio gateway config, encrypted with openssl enc -aes-256-cbc -pbkdf2\n%s" % blob


def sealed_secret_manifest(r):
    return ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: paging-gateway\nspec:\n  encryptedData:\n    webhook-secret: Ag%s" % b64(r, 120).rstrip("="))


def django_auth_user_pbkdf2_rows(r):
    return "\n".join("%d|%s|pbkdf2_sha256$720000$%s$%s" % (r.randint(1, 400), u, rstr(r, ALNUM, 22), b64(r, 32))
                     for u in r.sample(["inspector.kim", "fm.ortiz", "lt.nguyen", "capt.reyes"], 2))


def werkzeug_scrypt_hash_rows(r):
    return "\n".join("%s,scrypt:32768:8:1$%s$%s" % (u, rstr(r, ALNUM, 16), hexs(r, 128))
                     for u in r.sample(["bid_admin", "bc2", "staffing_clerk"], 2))


def sha512_crypt_shadow_lines(r):
    return "\n".join("%s:$6$%s$%s:19%d:0:99999:7:::" % (u, rstr(r, CRYPT64, 16), rstr(r, CRYPT64, 86), r.randint(100, 999))
                     for u in r.sample(["mdtadmin", "alerting", "radiogw"], 2))


def shift_briefing_password_reminder(r):
    return r.choice([
        "Reminder for %s shift: MDT passwords expire Friday. Pick something long, do not reuse your CAD one, and do not write it on the visor.",
        "%s shift briefing: IT will force an ePCR password change at 0700. Have your new one ready; nobody will ask for it over the radio.",
        "%s shift -- if the station alerting panel asks for a password, call the IT on-call; do not use the one taped inside the cabinet (it was removed).",
    ]) % r.choice(["A", "B", "C"])


def it_ticket_password_reset_request(r):
    return "Ticket %s: Medic %d crew locked out of the ePCR tablet. Password reset requested; the temporary password will be sent by SMS to the captain, not put in this ticket." % (_d(r, 6), r.randint(1, 20))


def radio_shop_policy_paragraph(r):
    return "Radio shop policy rev %d: console and gateway passwords are rotated every 90 days, stored only in the county vault, and never read over any talkgroup. Vendors get a one-time credential per visit." % r.randint(2, 9)


def cad_api_docs_curl_example(r):
    return "curl -H \"X-Api-Key: YOUR_API_KEY\" https://cad-api.example.com/v%d/incidents?status=active" % r.randint(1, 3)


def sdk_readme_placeholder_token(r):
    return "```js\nconst alerting = new StationAlert({\n  token: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', // replace with your token\n  zone: %d,\n});\n```" % r.randint(1, 30)


def aws_docs_example_keypair(r):
    return "# example from the AWS CLI docs, not a real key\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-east-%d" % r.randint(1, 2)


def paging_webhook_delivery_headers(r):
    body = json.dumps({"page": "STA07", "incident": "24-" + _d(r, 6)})
    sig = hmac.new(bytes(r.getrandbits(8) for _ in range(32)), body.encode(), hashlib.sha256).hexdigest()
    return "POST /hooks/page HTTP/1.1\nX-Request-Id: %s\nX-Timestamp: 17305%s\nX-Signature-256: sha256=%s\n\n%s" % (uuid4(r), _d(r, 5), sig, body)


def hl7_msh_segments(r):
    return "MSH|^~\\&|EPCR|COUNTYEMS|ADT|MERCYHOSP|20241102%s||ADT^A04^ADT_A01|MSG%s|P|2.5.1\nEVN|A04|20241102%s\nPV1||E|ED^^^MERCY||||||||||||||||V%s" % (
        _d(r, 6), _d(r, 8), _d(r, 6), _d(r, 9))


def cad_api_etag_and_nonce_log(r):
    return "GET /v2/units 200 etag=W/\"%s\" nonce=%s trace=%s" % (hexs(r, 16), b64url(r, 16), hexs(r, 32))


CLASSES = [
    ("cad_incident_and_event_numbers", [cad_event_history_csv, incident_json_from_cad_api, unit_status_log_lines]),
    ("epcr_pcr_numbers_and_nemsis_element_ids", [nemsis_v3_xml_excerpt, epcr_export_manifest, epcr_qa_queue_rows]),
    ("neris_and_nfirs_incident_keys", [nfirs_basic_module_row, neris_incident_payload, fdid_roster]),
    ("apparatus_vins_with_check_digit", [fleet_register_csv, mdt_device_inventory_yaml, apparatus_service_ticket]),
    ("p25_radio_ids_talkgroups_and_wacn", [radio_programming_codeplug_export, issi_gateway_status_page, console_patch_log]),
    ("ali_and_ng911_call_record_fields", [ali_spill_text, ng911_pidf_lo_location_excerpt, ecrf_lost_query_log]),
    ("hydrant_and_gis_feature_ids", [hydrant_feature_geojson, arcgis_rest_query_response, preplan_layer_metadata]),
    ("pager_capcodes_and_tone_sets", [pocsag_capcode_table, two_tone_sequential_plan, station_alert_zone_map]),
    ("nemsis_export_and_image_digests", [sha256sums_for_state_submission, mdt_firmware_release_notes, docker_image_digest_pins]),
    ("browser_safe_map_and_search_keys", [mapbox_public_token_map_init, algolia_search_only_key_preplan_search, sentry_browser_dsn_wallboard]),
    ("masked_values_in_dispatch_logs", [cad_interface_debug_log, config_dump_with_stars, support_bundle_env_listing]),
    ("unfilled_templates_in_alerting_configs", [alerting_env_example, helm_values_with_template_refs, installer_ini_placeholders]),
    ("vault_and_parameter_store_pointers", [vault_agent_template_reference, ssm_parameter_arn_env, k8s_secret_key_ref]),
    ("sops_and_openssl_salted_ciphertext", [sops_encrypted_yaml, openssl_salted_b64_blob, sealed_secret_manifest]),
    ("pbkdf2_scrypt_and_sha512crypt_hashes", [django_auth_user_pbkdf2_rows, werkzeug_scrypt_hash_rows, sha512_crypt_shadow_lines]),
    ("dispatcher_talk_about_passwords_without_one", [shift_briefing_password_reminder, it_ticket_password_reset_request, radio_shop_policy_paragraph]),
    ("vendor_guide_example_credentials", [cad_api_docs_curl_example, sdk_readme_placeholder_token, aws_docs_example_keypair]),
    ("webhook_signatures_and_message_control_ids", [paging_webhook_delivery_headers, hl7_msh_segments, cad_api_etag_and_nonce_log]),
]

WRAPPERS = [
    ("", "%s"),
    ("__in_cad_vendor_portal_case", "Case %s -- comment from County Fire IT:\n\n%%s\n\nPlease advise whether this is expected."),
    ("__in_station_ops_wiki_page", "h2. Reference (copied %s)\n{code}\n%%s\n{code}"),
    ("__in_dispatch_team_slack_thread", "> pasting for context (%s)\n```\n%%s\n```\nlooks normal to me"),
]


def build(rng, forbidden):
    recs = []
    n = 0
    seen = set()
    for cname, bases in CLASSES:
        for base in bases:
            for wsuffix, wtmpl in WRAPPERS:
                for _ in range(100):
                    inner = base(rng)
                    if "%s" in wtmpl:
                        w = wtmpl % rng.choice(["00412873", "2024-11-02", "ticket 5521", "B shift", "0314 hrs"]) if wsuffix else "%s"
                        text = w % inner
                    else:
                        text = inner
                    if text in seen:
                        continue
                    if any(v in text for v in forbidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(text)
                n += 1
                recs.append({"id": "p165-n-%04d" % n, "class": cname, "container": base.__name__ + wsuffix,
                             "text": text, "source": "negative"})
    return recs


def class_bases():
    return [(c, [b.__name__ for b in bases]) for c, bases in CLASSES]
