"""Everyday records: 45 live-event container kinds x 4."""
TYPES = [
 ('lv_lighting_console_remote_password', 'pw', 'console_remote_password'),
 ('lv_sacn_gateway_admin_password', 'pw', 'sacn_gateway_admin_password'),
 ('lv_show_control_db_password', 'pw', 'showctl_db_password'),
 ('lv_door_scanner_api_key', 'hex40', 'door_scanner_api_key'),
 ('lv_rider_portal_jwt_secret', 'b64_48', 'rider_portal_jwt_secret'),
 ('lv_backstage_wifi_psk', 'pw', 'backstage_wifi_psk'),
 ('lv_intercom_matrix_admin_password', 'pw', 'intercom_admin_password'),
 ('lv_merch_pos_client_secret', 'an48', 'merch_pos_client_secret'),
 ('lv_timecode_server_hmac_key', 'hex64', 'ltc_server_hmac_key'),
 ('lv_advancing_webhook_secret', 'lvwh', 'advancing_webhook_secret'),
 ('lv_streaming_ingest_key', 'ingest', 'stream_ingest_key'),
 ('lv_ticket_export_sftp_password', 'pw', 'ticket_export_sftp_password'),
]
def val(g, kind):
    if kind == 'pw': return g.pw()
    if kind == 'hex40': return g.hx(40)
    if kind == 'hex64': return g.hx(64)
    if kind == 'b64_48': return g.b64(48)
    if kind == 'an48': return g.an(48)
    if kind == 'lvwh': return 'lvwh_' + g.an(32)
    if kind == 'ingest': return '-'.join(g.lan(4) for _ in range(5))
def key(k, st):
    p = k.split('_')
    if st == 'u': return k.upper()
    if st == 's': return k
    if st == 'c': return p[0] + ''.join(x.capitalize() for x in p[1:])
    if st == 'k': return '-'.join(p)
    if st == 'h': return ' '.join(p)
    if st == 'p': return ''.join(x.capitalize() for x in p)
    if st == 'd': return '.'.join(p)
KINDS = [
 ('grandma3_plugin_lua_table', 's', 'local cfg = {\n  host = "10.40.1.20",\n  {K} = "{V}",\n  universe = 3,\n}\nreturn cfg\n'),
 ('eos_osc_bridge_python_settings', 'u', '# settings.py for the Eos OSC bridge\nEOS_HOST = "10.101.0.10"\nOSC_PORT = 8000\n{K} = "{V}"\n'),
 ('sacn_node_toml_config', 's', '[node]\nname = "FOH-node-2"\npriority = 100\n\n[auth]\n{K} = "{V}"\n'),
 ('artnet_merger_ini_section', 's', '[merger]\nmode=HTP\nuniverse_in=0,1\n[admin]\n{K}={V}\n'),
 ('showcontrol_nodejs_config_js', 'c', "module.exports = {\n  port: 53000,\n  {K}: '{V}',\n  cueStack: 'main',\n};\n"),
 ('timecode_server_yaml', 's', 'ltc:\n  fps: 25\n  drop_frame: false\nsecurity:\n  {K}: "{V}"\n'),
 ('qlab_applescript_property', 'c', 'property showHost : "qlab-main.local"\nproperty {K} : "{V}"\ntell application id "com.figure53.QLab.5" to go\n'),
 ('media_server_csharp_appsettings_json', 'p', '{\n  "Logging": {"LogLevel": {"Default": "Warning"}},\n  "MediaServer": {\n    "{K}": "{V}"\n  }\n}\n'),
 ('led_wall_processor_bash_env', 'u', '#!/usr/bin/env bash\nexport LED_PROC_IP=192.168.50.10\nexport {K}="{V}"\n./push_preset.sh --wall upstage\n'),
 ('ticket_scanner_android_gradle_properties', 'd', 'org.gradle.jvmargs=-Xmx2g\nscanner.venue=hall-b\n{K}={V}\n'),
 ('door_scanner_kotlin_buildconfig_field', 'u', 'android {\n  defaultConfig {\n    buildConfigField "String", "{K}", "\\"{V}\\""\n  }\n}\n'),
 ('box_office_django_local_settings', 'u', 'from .base import *\nDEBUG = False\n{K} = "{V}"\n'),
 ('rider_portal_rails_credentials_yml', 's', 'production:\n  rider_portal:\n    {K}: {V}\n'),
 ('advancing_app_laravel_config_php', 's', "<?php\nreturn [\n    'driver' => 'advance',\n    '{K}' => '{V}',\n];\n"),
 ('artist_portal_vite_env_production', 'u', 'VITE_API_BASE=https://advance.example.com\n{K}={V}\n'),
 ('guestlist_go_config_struct', 'p', 'var cfg = Config{\n\tHost: "guestlist.internal",\n\t{K}: "{V}",\n}\n'),
 ('merch_pos_swift_plist_entry', 'p', '<key>{K}</key>\n<string>{V}</string>\n'),
 ('merch_kiosk_electron_store_json', 'c', '{\n  "kioskId": "merch-03",\n  "{K}": "{V}"\n}\n'),
 ('intercom_matrix_expect_free_shell', 'u', '# beltpack matrix provisioning\n{K}=\'{V}\'\ncurl -s http://10.77.0.2/api/ports >/dev/null\n'),
 ('backstage_wifi_hostapd_include', 's', '# included from hostapd-backstage.conf\n{K}={V}\n'),
 ('backstage_wifi_unifi_site_json', 'c', '{"site": "arena", "ssid": "crew-backstage", "{K}": "{V}"}\n'),
 ('festival_site_ansible_group_vars', 's', '---\nstage_network_vlan: 220\n{K}: "{V}"\n'),
 ('touring_rack_docker_env_file', 'u', 'RACK=tour-a\n{K}={V}\n'),
 ('stage_manager_makefile_var', 'u', 'SHOW ?= tonight\n{K} := {V}\ndeploy:\n\t./sync.sh $(SHOW)\n'),
 ('follow_spot_tracker_cpp_define', 'u', '#pragma once\n#define TRACKER_PORT 9100\n#define {K} "{V}"\n'),
 ('dmx_node_esphome_yaml', 's', 'esphome:\n  name: dmx-node-4\nwifi:\n  ssid: "rig-net"\napi:\n  {K}: "{V}"\n'),
 ('moving_head_firmware_kconfig', 'u', 'CONFIG_FIXTURE_MODE_EXTENDED=y\nCONFIG_{K}="{V}"\n'),
 ('show_file_backup_rclone_conf', 's', '[showfiles]\ntype = sftp\nhost = backup.internal\n{K} = {V}\n'),
 ('video_playback_ruby_env_rb', 'u', "ENV['PLAYBACK_HOST'] ||= 'pb1.internal'\nENV['{K}'] ||= '{V}'\n"),
 ('streaming_encoder_obs_profile_ini', 'p', '[Output]\nMode=Advanced\n[Stream1]\n{K}={V}\n'),
 ('venue_ops_terraform_tfvars', 's', 'venue = "arena-north"\n{K} = "{V}"\n'),
 ('stage_power_monitor_influx_line', 's', '[[outputs.http]]\n  url = "http://pdu-mon.internal:8086"\n  {K} = "{V}"\n'),
 ('ticketing_etl_airflow_connection_json', 's', '{"conn_type": "sftp", "host": "tix.example.com", "extra": {"{K}": "{V}"}}\n'),
 ('settlement_report_r_renviron', 'u', 'SETTLE_DB=tour_settlements\n{K}={V}\n'),
 ('tour_accounting_excel_vba_const', 'p', 'Option Explicit\nPrivate Const {K} As String = "{V}"\n'),
 ('show_caller_streamdeck_profile_json', 'c', '{"Actions": {"0,0": {"Settings": {"{K}": "{V}"}}}}\n'),
 ('crew_scheduler_elixir_runtime_exs', 's', 'import Config\nconfig :crew, Crew.Repo,\n  {K}: "{V}"\n'),
 ('rigging_calc_java_properties', 'd', 'rig.units=metric\n{K}={V}\n'),
 ('pa_system_controller_powershell_ps1', 'p', '$AmpRack = "amp-rack-1"\n${K} = \'{V}\'\nInvoke-RestMethod -Uri "http://$AmpRack/api/presets"\n'),
 ('stage_crew_whatsapp_paste', 'h', '[21:47] Deb (SM): for tonight the {K} is {V} - do not post in the big group\n'),
 ('production_office_sticky_note_ocr', 'h', 'PROD OFFICE  -  {K}: {V}\n(change after load-out)\n'),
 ('tour_manager_email_reply', 'h', 'Hi Sam,\n\nAs requested, the {K} is {V}\n\nBest,\nRiley (TM)\n'),
 ('venue_helpdesk_zammad_note', 'h', 'Internal note: caller confirmed identity; gave {K} {V} over the phone.\n'),
 ('load_in_discord_paste', 'h', 'lx-crew | load-in: {K} -> {V} (rotates Monday)\n'),
 ('foh_tech_notes_app_export', 'h', 'FOH notes\n- console ip 10.101.0.5\n- {K}: {V}\n- snake on input 32 is dead\n'),
]
def build(g):
    out = []
    for ki, (kind, st, tpl) in enumerate(KINDS):
        for j in range(4):
            t, vk, kn = TYPES[(5 * ki + 7 * j) % 12]
            v = val(g, vk)
            pre, post = tpl.split('{V}')
            pre = pre.replace('{K}', key(kn, st)); post = post.replace('{K}', key(kn, st))
            out.append(dict(type=t, container=kind, text=pre + v + post, value=v, start=len(pre), source='everyday'))
    return out
