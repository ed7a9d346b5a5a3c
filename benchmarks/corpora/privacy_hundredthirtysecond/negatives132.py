"""Hard negatives from the attraction world: look like secrets, are not."""
import random, hashlib, zlib, string
from common132 import *

def mac(r): return ':'.join('%02X' % r.getrandbits(8) for _ in range(7))
B = {
 'ride_cycle_dispatch_counters': [
   ('ride_cycle_counter_csv', lambda r: 'ride,train,cycle,dispatch_id\nthunder_run,T%d,%d,DSP-%s' % (r.randint(1, 5), r.randint(10000, 99999), rs(r, AU36, 10))),
   ('plc_dispatch_event_log', lambda r: '%02d:%02d:%02d DISPATCH ok seq=%d batch=%s' % (r.randint(8, 22), r.randint(0, 59), r.randint(0, 59), r.randint(100000, 999999), rs(r, HEX, 16)))],
 'wristband_nfc_tag_uids': [
   ('encoder_read_uid_log', lambda r: 'read uid=%s atqa=0044 sak=00 type=NTAG213' % mac(r).replace(':', '')),
   ('wristband_inventory_csv', lambda r: 'band_uid,colour,issued\n%s,teal,2026-07-%02d' % (mac(r), r.randint(1, 28)))],
 'virtual_line_boarding_group_numbers': [
   ('boarding_group_board_json', lambda r: '{"ride":"star-coaster","boarding_groups_called":"%d-%d","reservation":"VL-%s"}' % (r.randint(1, 40), r.randint(41, 90), rs(r, AU36, 8))),
   ('return_time_confirmation_sms', lambda r: 'Your return time is %d:%02d. Show code %s at the merge point.' % (r.randint(1, 8), r.randint(0, 59), rs(r, AU36, 6)))],
 'plc_project_crc_checksums': [
   ('plc_project_crc_listing', lambda r: 'launch_block.ap17  CRC32=%08X  size=%d' % (zlib.crc32(rs(r, A62, 30).encode()), r.randint(10**5, 10**7))),
   ('safety_program_signature_report', lambda r: 'F-signature: %08X  collective: %s' % (r.getrandbits(32), hashlib.sha256(rs(r, A62, 20).encode()).hexdigest()))],
 'dmx_rdm_responder_uids': [
   ('rdm_discovery_table', lambda r: 'UID %04X:%08X  fixture=wash-%d  dmx_addr=%d' % (r.getrandbits(16), r.getrandbits(32), r.randint(1, 99), r.randint(1, 512))),
   ('artnet_node_inventory_yaml', lambda r: 'node:\n  short_name: castle-%d\n  rdm_uid: "%04x:%08x"\n  universe: %d' % (r.randint(1, 30), r.getrandbits(16), r.getrandbits(32), r.randint(0, 15)))],
 'puzzle_prop_combination_answers': [
   ('room_walkthrough_answer_key', lambda r: 'Puzzle %d (sea chest): guests enter %04d on the brass lock; hint 3 reveals the last digit.' % (r.randint(1, 9), r.randint(0, 9999))),
   ('prop_state_machine_solution_json', lambda r: '{"prop":"cipher-wheel","solution":"%s","on_solve":"open_maglock_2"}' % rs(r, string.ascii_uppercase, 5))],
 'osc_cue_addresses_and_numbers': [
   ('osc_cue_trigger_log', lambda r: '/cue/%d.%d/start  from 10.60.0.%d  id=%s' % (r.randint(1, 300), r.randint(0, 9), r.randint(2, 250), uuid4(r).upper())),
   ('show_cue_list_csv', lambda r: 'cue,label,timecode\n%d,%s,%02d:%02d:%02d:%02d' % (r.randint(1, 500), r.choice(['fog burst', 'castle glow', 'finale pyro']), 0, r.randint(0, 59), r.randint(0, 59), r.randint(0, 29)))],
 'public_map_and_analytics_client_tokens': [
   ('park_map_mapbox_public_token_js', lambda r: "mapboxgl.accessToken = 'pk." + b64url_json({'u': 'parkmaps', 'a': rs(r, A36L, 25)}) + '.' + rs(r, B64U, 22) + "';"),
   ('guest_web_posthog_project_key', lambda r: "posthog.init('phc_" + rs(r, A62, 43) + "', { api_host: 'https://eu.posthog.com' })")],
 'masked_ride_ops_credentials': [
   ('ops_console_masked_rows', lambda r: 'integration      secret\nqueue-engine     ****%s\nphoto-upload     ••••••••' % rs(r, A62, 4)),
   ('queue_bridge_redacted_request_log', lambda r: 'POST /v1/sync auth=[REDACTED] status=%d took=%dms' % (r.choice([200, 401]), r.randint(5, 900)))],
 'attraction_config_placeholders': [
   ('prop_env_template', lambda r: r.choice(['PROP_BROKER_AUTH=<set-me>', 'QUEUE_ENGINE_KEY=${QUEUE_ENGINE_KEY}', 'SHOW_OSC_PASSCODE=', 'TICKET_CLIENT_SECRET=xxxxxxxxxxxxxxxx']) + '\n# line %d' % r.randint(1, 99)),
   ('booking_api_docs_example', lambda r: 'curl -H "Authorization: Bearer %s" https://api.booking.example.com/v2/slots?day=%d' % (r.choice(['YOUR_API_KEY', '<token>', '{{api_key}}', 'REPLACE_ME']), r.randint(1, 28)))],
 'kubernetes_and_op_secret_refs': [
   ('helm_secret_key_ref_yaml', lambda r: 'env:\n  - name: QUEUE_ENGINE_KEY\n    valueFrom:\n      secretKeyRef:\n        name: queue-engine-%d\n        key: api-key' % r.randint(1, 9)),
   ('onepassword_and_ssm_references', lambda r: r.choice(['op://ParkOps/queue-engine/credential', 'arn:aws:ssm:eu-west-1:%d:parameter/rides/hmi/auth' % r.randint(10**11, 10**12 - 1), 'op://Shows/qlab-workspace/passcode']))],
 'sops_and_sealed_ciphertexts': [
   ('sops_encrypted_yaml_value', lambda r: 'broker_auth: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64bytes(r, 18), b64bytes(r, 24), b64bytes(r, 16))),
   ('sealed_secret_encrypted_data', lambda r: 'spec:\n  encryptedData:\n    auth: Ag%s' % b64bytes(r, 120))],
 'ride_ops_password_talk_without_value': [
   ('ride_ops_policy_memo', lambda r: 'Reminder: HMI passwords rotate every %d days; never write them on the panel or read them over radio.' % r.choice([30, 60, 90])),
   ('game_master_chat_asks_reset', lambda r: '[%02d:%02d] gm: the prop broker password stopped working in room %d, can IT reset it? not pasting anything here' % (r.randint(9, 22), r.randint(0, 59), r.randint(1, 6)))],
 'photo_kiosk_perceptual_hashes': [
   ('photo_dedupe_phash_listing', lambda r: 'IMG_%05d.jpg phash=%016x dhash=%016x' % (r.randint(1, 99999), r.getrandbits(64), r.getrandbits(64))),
   ('ride_photo_sha1_manifest', lambda r: '%s  onride/%d/%s.jpg' % (hashlib.sha1(rs(r, A62, 16).encode()).hexdigest(), r.randint(1, 12), rs(r, HEX, 8)))],
 'cashless_sale_approval_references': [
   ('pos_receipt_footer', lambda r: 'APPROVED  AUTH %06d  RRN %012d  TID %08d' % (r.randint(0, 999999), r.randint(0, 10**12 - 1), r.randint(0, 10**8 - 1))),
   ('settlement_batch_csv', lambda r: 'batch,stan,approval\n%d,%06d,%s' % (r.randint(100, 999), r.randint(0, 999999), rs(r, AU36, 6)))],
 'lorawan_device_eui_identifiers': [
   ('queue_sensor_lorawan_registry', lambda r: 'dev_eui=%016X join_eui=%016X name=queue-beam-%d' % (r.getrandbits(64), r.getrandbits(64), r.randint(1, 80))),
   ('ttn_uplink_metadata_json', lambda r: '{"end_device_ids":{"dev_eui":"%016X","dev_addr":"%08X"},"f_cnt":%d}' % (r.getrandbits(64), r.getrandbits(32), r.randint(1, 99999)))],
}
WRAPS = [None, 'in_ride_ops_slack_thread', 'in_attraction_it_ticket', 'in_show_control_pr_review', 'in_park_runbook_page', 'in_vendor_support_mail']
WRAP_TPL = {
 'in_ride_ops_slack_thread': '[ops-thread] can someone check this?\n{x}\n',
 'in_attraction_it_ticket': 'Ticket ATT-%d - attached excerpt:\n{x}\n',
 'in_show_control_pr_review': 'review: looks fine, this is not a secret\n```\n{x}\n```\n',
 'in_park_runbook_page': '== Runbook excerpt ==\n{x}\n',
 'in_vendor_support_mail': 'Hello support,\nplease see below.\n{x}\nThanks, park IT\n',
}
def generate(seed=13206):
    r = random.Random(seed); out = []
    for cls, bases in B.items():
        for bk, f in bases:
            for w in WRAPS:
                x = f(r)
                if w is None:
                    text, cont = x, bk
                else:
                    tpl = WRAP_TPL[w]
                    if '%d' in tpl: tpl = tpl % r.randint(1000, 9999)
                    text, cont = tpl.replace('{x}', x), bk + '__' + w
                out.append({'class': cls, 'container': cont, 'text': text, 'source': 'negative'})
    return out
