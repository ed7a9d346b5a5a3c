"""Hard negatives from the drone / UAV world: look like secrets, are not."""
import random, hashlib, base64
from gen147 import *


def rid_serial(r):  # ANSI/CTA-2063-A style: 4-char manufacturer code, length char, serial
    ser = s(r, UP + DIG, r.randint(8, 15))
    return s(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ' + '123456789', 4) + '0123456789ABCDEF'[len(ser)] + ser


def C(r):
    return {
        'remote_id_broadcast_serial_numbers': [
            lambda: 'rid_scan.csv\ntimestamp,serial,ua_type,lat,lon\n' + '\n'.join('2024-04-12T09:%02d:00Z,%s,helicopter_or_multirotor,52.1%03d,4.4%03d' % (i, rid_serial(r), r.randint(0, 999), r.randint(0, 999)) for i in range(3)),
            lambda: '{"basic_id": {"id_type": "serial_number", "uas_id": "%s"}, "operator_id": {"type": "caa"}}' % rid_serial(r)],
        'operator_and_aircraft_registration_marks': [
            lambda: 'Fleet register\nHX-07  FAA reg %s  expires 2026-03\nHX-08  FAA reg %s  expires 2026-05' % ('FA' + s(r, UP + DIG, 8), 'FA' + s(r, UP + DIG, 8)),
            lambda: 'Operator ID (public part, printed on the airframe): %s' % ('FIN' + s(r, LOW + DIG, 13))],
        'icao_mode_s_hex_addresses': [
            lambda: 'adsb_log: icao=%s alt=1250 squawk=7000\nadsb_log: icao=%s alt=3400 squawk=1200' % (s(r, '0123456789ABCDEF', 6), s(r, '0123456789ABCDEF', 6)),
            lambda: 'traffic_filter:\n  ignore_icao24: ["%s", "%s", "%s"]' % (hexs(r, 6), hexs(r, 6), hexs(r, 6))],
        'flight_log_file_digests': [
            lambda: 'sha256sum *.ulg\n%s  log_0412_0931.ulg\n%s  log_0412_1017.ulg' % (sha256(r), sha256(r)),
            lambda: '{"log": "00000042.BIN", "md5": "%s", "bytes": %d}' % (md5(r), r.randint(10 ** 6, 10 ** 8))],
        'autopilot_firmware_commit_hashes': [
            lambda: 'FW: ArduCopter V4.5.1 (%s)\nChibiOS: %s' % (hexs(r, 8), hexs(r, 8)),
            lambda: 'px4 submodule pinned at %s\nmavlink submodule pinned at %s' % (sha1(r), sha1(r))],
        'geohash_and_plus_code_locations': [
            lambda: 'launch_site geohash: %s  landing_zone geohash: %s' % (s(r, '0123456789bcdefghjkmnpqrstuvwxyz', 9), s(r, '0123456789bcdefghjkmnpqrstuvwxyz', 9)),
            lambda: 'Survey AOI corners (plus codes): %s, %s' % (s(r, '23456789CFGHJMPQRVWX', 8) + '+' + s(r, '23456789CFGHJMPQRVWX', 2), s(r, '23456789CFGHJMPQRVWX', 8) + '+' + s(r, '23456789CFGHJMPQRVWX', 2))],
        'browser_side_public_tokens': [
            lambda: "Sentry.init({ dsn: 'https://%s@o%d.ingest.sentry.io/%d' });  // DSN public key, safe in the browser" % (hexs(r, 32), r.randint(100000, 999999), r.randint(1000000, 9999999)),
            lambda: "const firebaseConfig = { projectId: 'fleet-map-%d', appId: '1:%d:web:%s' };" % (r.randint(100, 999), r.randint(10 ** 11, 10 ** 12), hexs(r, 22))],
        'masked_keys_in_ground_station_logs': [
            lambda: '[gcs] fleet sync ok token=%s******** (masked)' % s(r, LOW, 4),
            lambda: 'dock07 uplink config: {"api_key": "[REDACTED %d chars]", "host": "fleet.example.com"}' % r.randint(30, 60)],
        'mission_env_sample_placeholders': [
            lambda: '# .env.sample\nFLEET_API_TOKEN=<paste-your-fleet-token-%d>\nAIRSPACE_CLIENT_SECRET=' % r.randint(1, 99),
            lambda: 'dispatch:\n  webhook_secret: "${DISPATCH_WEBHOOK_SECRET_%s}"\n  api_key: CHANGE_ME_BEFORE_FLIGHT' % s(r, UP, 3)],
        'secret_key_ref_and_vault_template_pointers': [
            lambda: 'env:\n  - name: RID_SIGNING_KEY\n    valueFrom:\n      secretKeyRef: {name: rid-keys-%s, key: signing}' % s(r, LOW + DIG, 5),
            lambda: '{{ with secret "kv/data/fleet/%s" }}{{ .Data.data.api_token }}{{ end }}' % s(r, LOW, 6)],
        'jwe_and_pgp_message_ciphertexts': [
            lambda: 'encrypted flight plan (JWE compact): ' + b64url_json({'alg': 'RSA-OAEP-256', 'enc': 'A256GCM'}) + '.' + b64(r, 64, True, False) + '.' + b64(r, 12, True, False) + '.' + b64(r, 48, True, False) + '.' + b64(r, 16, True, False),
            lambda: '-----BEGIN PGP MESSAGE-----\n\n' + b64(r, 48) + '\n' + b64(r, 30) + '\n=' + b64(r, 3) + '\n-----END PGP MESSAGE-----'],
        'preflight_password_talk_without_value': [
            lambda: 'Preflight checklist item %d: confirm the GCS laptop is locked with the team password before leaving it in the van. Do not write the password on the case.' % r.randint(3, 30),
            lambda: 'pilot7: what was the hangar wifi password again?\nops: check the vault entry "hangar %s wifi", not sharing it here' % r.choice(['north', 'south', 'east'])],
        'photogrammetry_exif_image_ids': [
            lambda: 'exiftool DJI_%04d.JPG | grep -i unique\nImage Unique ID : %s' % (r.randint(1, 9999), hexs(r, 32).upper()),
            lambda: 'cameras.xml: <camera id="%d" sensor_id="0" label="IMG_%04d.JPG" uuid="%s"/>' % (r.randint(0, 900), r.randint(1, 9999), uuid4(r))],
        'laanc_and_notam_reference_ids': [
            lambda: 'LAANC authorization approved, reference %s, ceiling 200 ft AGL' % (s(r, UP, 3) + s(r, DIG, 7)),
            lambda: 'NOTAM %s%04d/%02d  UAS OPS WI 0.5NM' % (r.choice('ABC'), r.randint(1, 9999), r.randint(24, 25))],
        'telemetry_request_nonces_and_signatures': [
            lambda: 'POST /v1/telemetry\nX-Request-Nonce: %s\nX-Signature: sha256=%s' % (hexs(r, 24), sha256(r)),
            lambda: 'mavlink2 signed packet link_id=%d timestamp=%d signature=%s' % (r.randint(0, 255), r.randint(10 ** 11, 10 ** 12), hexs(r, 12))],
        'drone_api_docs_sample_credentials': [
            lambda: "# from the SDK README\ncurl -H 'Authorization: Bearer YOUR_FLEET_TOKEN' https://api.example.com/v%d/drones" % r.randint(1, 3),
            lambda: 'Example (not a real key): app_key = "0000000000000000EXAMPLE%04d"' % r.randint(0, 9999)],
    }


WRAPS = [('', lambda t: t),
         ('__in_fleet_ops_slack_thread', lambda t: '#fleet-ops\n> ' + t.replace('\n', '\n> ') + '\nthread: 3 replies'),
         ('__in_gcs_pull_request_diff', lambda t: '@@ -1,3 +1,4 @@\n+' + t.replace('\n', '\n+')),
         ('__in_survey_jira_ticket', lambda t: 'SURV-%d  Description:\n{noformat}\n' + t + '\n{noformat}'),
         ('__in_flight_ops_wiki_page', lambda t: '== Notes ==\n<pre>\n' + t + '\n</pre>'),
         ('__in_client_email', lambda t: 'Hi team,\n\nsee below:\n\n' + t + '\n\nBest, survey desk')]

BASE_KINDS = {}


def build(seed=14706):
    rng = random.Random(seed)
    out = []
    for cls, fns in C(rng).items():
        for bi, fn in enumerate(fns):
            for wn, w in WRAPS:
                t = w(fn())
                if '%d' in t:
                    t = t.replace('%d', str(rng.randint(100, 999)), 1)
                out.append({'class': cls, 'container': cls + '__base%d' % (bi + 1) + wn, 'text': t, 'source': 'negative'})
    return out
