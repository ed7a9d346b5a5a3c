"""Everyday records: 45 cinema container kinds x 4, 12 types, cyclic pairing."""
import random
from gen148 import *

TYPES = [  # (type, key words, generator)
 ('cn_tms_database_password', ['tms', 'db', 'password'], lambda r: owner_pw(r)),
 ('cn_dcinema_ingest_ftp_password', ['ingest', 'ftp', 'password'], lambda r: owner_pw(r)),
 ('cn_projector_web_admin_password', ['projector', 'admin', 'password'], lambda r: owner_pw(r)),
 ('cn_kiosk_service_password', ['kiosk', 'service', 'password'], lambda r: owner_pw(r)),
 ('cn_film_booking_sftp_password', ['booking', 'sftp', 'password'], lambda r: owner_pw(r)),
 ('cn_kdm_mailbox_imap_password', ['kdm', 'mailbox', 'password'], lambda r: owner_pw(r)),
 ('cn_ticketing_gateway_api_key', ['ticketing', 'api', 'key'], lambda r: hx(r, 40)),
 ('cn_kdm_service_signing_secret', ['kdm', 'signing', 'secret'], lambda r: b64(r, 33)),
 ('cn_showtime_feed_token', ['showtime', 'feed', 'token'], lambda r: 'shwf_' + s(r, 36)),
 ('cn_loyalty_jwt_secret', ['loyalty', 'jwt', 'secret'], lambda r: hx(r, 64)),
 ('cn_concessions_pos_client_secret', ['concessions', 'client', 'secret'], lambda r: s(r, 48)),
 ('cn_preshow_ads_webhook_secret', ['preshow', 'webhook', 'secret'], lambda r: 'cnwh_' + b64u(r, 24)),
]

def key(words, style):
    if style == 'snake': return '_'.join(words)
    if style == 'upper': return '_'.join(words).upper()
    if style == 'camel': return words[0] + ''.join(w.capitalize() for w in words[1:])
    if style == 'pascal': return ''.join(w.capitalize() for w in words)
    if style == 'kebab': return '-'.join(words)
    if style == 'dotted': return '.'.join(words)
    raise ValueError(style)

# (kind, style, template)
KINDS = [
 ('vista_connect_dotnet_web_config', 'pascal', '<configuration>\n  <appSettings>\n    <add key="Cinema:{K}" value="{V}" />\n    <add key="Cinema:SiteCode" value="0412" />\n  </appSettings>\n</configuration>'),
 ('tms_spring_application_yaml', 'kebab', 'cinema:\n  tms:\n    url: https://tms.site0412.internal\n    {K}: "{V}"\n    poll-seconds: 30'),
 ('dcp_ingest_python_toml', 'snake', '[ingest]\nlibrary = "/mnt/dcp_library"\n{K} = "{V}"\nverify_hashes = true'),
 ('kdm_watcher_systemd_dropin', 'upper', '[Service]\nEnvironment="KDM_INBOX_DIR=/srv/kdm/inbox"\nEnvironment="{K}={V}"\nRestart=on-failure'),
 ('projection_booth_cron_shell', 'upper', '#!/bin/sh\n# nightly lamp-hour pull from screen 1-12\nexport {K}=\'{V}\'\n/opt/booth/bin/lamp-report --all-screens'),
 ('cinema_automation_lua_cue', 'snake', '-- preshow automation cue list, screen 4\nlocal cfg = {\n  server = "10.20.4.11",\n  {K} = "{V}",\n  lights_down_at = "00:18:30",\n}'),
 ('box_office_kiosk_electron_env', 'upper', 'KIOSK_SITE=0412\nKIOSK_PRINTER=boca-lemur\n{K}={V}\nKIOSK_IDLE_SECONDS=90'),
 ('online_ticketing_nextjs_env_local', 'upper', 'NEXT_PUBLIC_CINEMA_NAME="Roxy Picturehouse"\n{K}="{V}"\nNEXT_PUBLIC_SEATMAP_VERSION=7'),
 ('seat_map_service_go_yaml', 'snake', 'seatmap:\n  listen: ":8087"\n  {K}: {V}\n  hold_ttl: 8m'),
 ('concessions_pos_swift_xcconfig', 'upper', '// Concessions.xcconfig\nPOS_LANE_COUNT = 6\n{K} = {V}\nPRODUCT_BUNDLE_IDENTIFIER = org.example.concessions'),
 ('concessions_android_local_properties', 'dotted', '# local.properties (not for VCS)\nsdk.dir=/Users/build/Library/Android/sdk\n{K}={V}'),
 ('loyalty_app_flutter_dart_define_json', 'upper', '{\n  "CINEMA_REGION": "eu-west",\n  "{K}": "{V}",\n  "LOYALTY_TIER_COUNT": 4\n}'),
 ('film_booking_django_settings', 'upper', 'DEBUG = False\nALLOWED_HOSTS = ["booking.example.com"]\n{K} = "{V}"\nTIME_ZONE = "Europe/Dublin"'),
 ('distributor_portal_rails_database_yml', 'snake', 'production:\n  adapter: postgresql\n  host: db.distrib.internal\n  {K}: "{V}"\n  pool: 10'),
 ('distributor_portal_phoenix_prod_secret_exs', 'snake', 'import Config\n\nconfig :distributor_portal, DistributorPortal.Settings,\n  {K}: "{V}",\n  region: "emea"'),
 ('dcinema_server_snmp_collector_ini', 'snake', '[collector]\ninterval = 60\n{K} = {V}\nscreens = 1-14'),
 ('lamp_hours_influx_telegraf_conf', 'snake', '[[inputs.http]]\n  urls = ["http://10.20.4.21/api/lamp"]\n  {K} = "{V}"\n  data_format = "json"'),
 ('showtime_export_sql_server_agent_job', 'pascal', "-- SQL Agent job step: export showtimes to feed\nDECLARE @{K} NVARCHAR(128) = N'{V}';\nEXEC dbo.ExportShowtimes @SiteCode = 412;"),
 ('trailer_playlist_node_config_mjs', 'camel', "export default {\n  playlistDir: '/srv/preshow',\n  {K}: '{V}',\n  rotateAtMidnight: true,\n};"),
 ('ad_insertion_kotlin_constants', 'upper', 'object AdInsertionConfig {\n    const val SLOT_SECONDS = 30\n    const val {K} = "{V}"\n}'),
 ('cinema_ops_helm_values_yaml', 'camel', 'ticketing:\n  replicas: 3\n  secrets:\n    {K}: "{V}"\n  ingress:\n    host: tickets.example.com'),
 ('cinema_ops_pulumi_yaml_config', 'camel', 'config:\n  cinema-ops:region: eu-west-1\n  cinema-ops:{K}:\n    value: "{V}"'),
 ('booth_pc_windows_registry_export', 'pascal', 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\BoothTools\\Screen07]\n"{K}"="{V}"\n"LampModel"="xenon-3kw"'),
 ('projector_macro_python_script', 'upper', '# projector warm-up macro, screen 7\nPROJECTOR_HOST = "10.20.7.30"\n{K} = "{V}"\nWARMUP_MINUTES = 12'),
 ('subtitle_burnin_ffmpeg_batch_cmd', 'upper', '@echo off\nrem subtitle burn-in batch, festival screeners\nset {K}={V}\nffmpeg -i %1 -vf subtitles=%2 out\\%~n1.mp4'),
 ('screening_room_crestron_simpl_sharp_cs', 'pascal', 'public static class ScreeningRoomSettings\n{\n    public const string Host = "10.20.9.5";\n    public const string {K} = "{V}";\n}'),
 ('film_festival_submission_wordpress_wp_config', 'upper', "define( 'DB_NAME', 'festival' );\ndefine( '{K}', '{V}' );\ndefine( 'WP_DEBUG', false );"),
 ('distributor_settlement_sas_macro', 'upper', '/* weekly film rental settlement */\n%let SITE=0412;\n%let {K}={V};\nlibname rent "/data/settlement";'),
 ('box_office_report_powerbi_pbids_json', 'camel', '{\n  "version": "0.1",\n  "connections": [{ "details": { "server": "bo-sql.internal" }, "{K}": "{V}" }]\n}'),
 ('cinema_wifi_captive_portal_nginx_env', 'upper', '# /etc/nginx/conf.d/portal.env\nPORTAL_SSID_HINT=Roxy-Guest\n{K}={V}'),
 ('projection_monitor_prometheus_scrape_yml', 'snake', 'scrape_configs:\n  - job_name: dcinema_servers\n    static_configs:\n      - targets: ["10.20.1.11:9100"]\n    # {K}: {V}'),
 ('kdm_mail_fetcher_fetchmail_notes_md', 'snake', '## KDM mail fetcher\n\nRuns every 15 min. Settings in use on booth-01:\n\n- host: imap.example.com\n- {K}: `{V}`\n- folder: KDM'),
 ('cinema_chain_ansible_inventory_ini', 'snake', '[screens]\nbooth-01 ansible_host=10.20.1.2\n\n[screens:vars]\n{K}={V}'),
 ('theatre_ops_chef_attributes_rb', 'snake', "default['theatre']['site'] = '0412'\ndefault['theatre']['{K}'] = '{V}'"),
 ('booking_sync_deno_env_ts', 'upper', 'export const env = {\n  SITE: "0412",\n  {K}: "{V}",\n} as const;'),
 ('digital_signage_brightsign_autorun_brs', 'pascal', "' autorun.brs - lobby poster loop\nsite$ = \"0412\"\n{K}$ = \"{V}\"\nplaylist$ = \"SD:/posters\""),
 ('accessibility_audio_raspberry_pi_boot_txt', 'snake', '# /boot/firmware/descriptive-audio.txt\nchannel=7\n{K}={V}\nscreen=3'),
 ('concessions_menu_board_vue_env', 'upper', 'VITE_MENU_BOARD_SCREENS=4\n{K}={V}\nVITE_PRICE_LOCALE=en-IE'),
 ('cinema_data_dbt_profiles_yml', 'snake', 'cinema_dw:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      {K}: "{V}"'),
 ('projectionist_shift_handover_email', 'snake', 'Subject: Booth handover Sat late\n\nHi Niamh, all 14 screens fine, KDMs for Sunday are in. For the weird one on screen 9 you will need {K} {V} (same as last month). Lamp on 6 is near end of life.\n\nCiarán'),
 ('cinema_manager_signal_chat_paste', 'snake', '[21:47] Dee: kiosk 3 froze again\n[21:48] Tom: reboot it and log in, {K} is {V}\n[21:48] Dee: thanks, on it'),
 ('booth_whiteboard_photo_ocr', 'upper', 'SCREEN 5 - 3D GLASSES SPARE IN CUPBOARD\n{K} {V}\nCALL DAVE IF LAMP ALARM'),
 ('box_office_helpdesk_freshdesk_note', 'snake', 'Private note (Freshdesk #48213): reset done for Roxy site 0412. New {K}: {V} - please pass to the duty manager and close.'),
 ('distributor_teams_meeting_chat', 'snake', 'Aoife (Distribution) 10:02: for the screener upload use {K} {V} ok? thx'),
 ('usher_shift_app_google_keep_note', 'snake', 'closing checklist\n- turn off marquee\n- {K} {V}\n- lock concessions float'),
]

def build(reg):
    r = random.Random(14801)
    out = []
    for ki, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t, words, g = TYPES[(5 * ki + 7 * j) % 12]
            v = fresh(reg, r, g)
            text, a, b = place(tpl, v, K=key(words, style))
            out.append(dict(type=t, container=kind, text=text, secrets=[dict(value=v, start=a, end=b, type=t)], source='everyday'))
    return out
