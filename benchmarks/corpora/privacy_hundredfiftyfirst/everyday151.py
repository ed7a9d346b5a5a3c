"""Everyday records: 45 ham/SDR container kinds x 4 (p151)."""
import random
from gen151 import Shapes, case_key

TYPES = [  # (type, key words, kind of value)
    ("ham_logbook_database_password", ["logbook", "db", "password"], "pw"),
    ("winlink_cms_account_password", ["winlink", "password"], "pw"),
    ("dmr_hotspot_dashboard_password", ["dashboard", "admin", "password"], "pw"),
    ("repeater_controller_web_password", ["controller", "web", "password"], "pw"),
    ("sdr_server_admin_password", ["sdr", "admin", "password"], "pw"),
    ("packet_bbs_sysop_password", ["bbs", "sysop", "password"], "pw"),
    ("contest_log_sync_api_key", ["contest", "sync", "api", "key"], "hex40"),
    ("satellite_pass_webhook_secret", ["pass", "webhook", "secret"], "satwh"),
    ("sdr_stream_jwt_secret", ["stream", "jwt", "secret"], "hex64"),
    ("qsl_bridge_client_secret", ["qsl", "bridge", "client", "secret"], "an48"),
    ("spot_cluster_bot_token", ["spot", "bot", "token"], "b64"),
    ("igate_telemetry_hmac_key", ["telemetry", "hmac", "key"], "igt"),
]

# (kind, key style, template) -- {K} key, {V} value
KINDS = [
 ("direwolf_igate_conf_snippet", "upper", "# direwolf.conf (igate on the club pi)\nIGSERVER noam.aprs2.net\n# sync helper reads this too\n#{K} {V}\nPBEACON delay=1 every=30 overlay=S symbol=\"digi\" lat=42^37.14N long=071^20.83W\n"),
 ("aprx_igate_conf_comment_block", "snake", "<aprsis>\n    login      $mycall\n    server     rotate.aprs2.net 14580\n</aprsis>\n# {K} = {V}\n<interface>\n    serial-device /dev/ttyUSB0 19200 8n1 KISS\n</interface>\n"),
 ("pistar_mmdvmhost_ini_section", "pascal", "[General]\nCallsign=KD9XYZ\nId=3151234\nDuplex=0\n\n[Remote Control]\nEnable=1\n{K}={V}\n"),
 ("openwebrx_settings_json", "snake", "{\n  \"receiver_name\": \"Hilltop WebSDR\",\n  \"receiver_location\": \"FN42\",\n  \"{K}\": \"{V}\",\n  \"max_clients\": 20\n}\n"),
 ("wsjtx_qt_settings_ini", "pascal", "[Configuration]\nMyCall=KF0ABC\nMyGrid=EM48\nPTTMethod=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1eTransceiverFactory::PTTMethod\\0\\0\\0\\0\\x10PTT_method_CAT)\n[Extras]\n{K}={V}\n"),
 ("n1mm_logger_ini_excerpt", "pascal", "[Station]\nCall=W1AW\nCQZone=5\n[Network]\nComputerName=RUN1\n{K}={V}\nSendQSOBroadcast=True\n"),
 ("log4om_config_xml", "pascal", "<Log4OMConfig>\n  <Station call=\"G4XYZ\" locator=\"IO91\"/>\n  <Sync>\n    <{K}>{V}</{K}>\n  </Sync>\n</Log4OMConfig>\n"),
 ("cloudlog_codeigniter_config_php", "snake", "<?php\n$config['base_url'] = 'https://log.example.com/';\n$config['locator'] = 'JO62';\n$config['{K}'] = '{V}';\n"),
 ("wavelog_docker_env_file", "upper", "WAVELOG_BASE_URL=https://wavelog.example.com\nMYSQL_HOST=db\n{K}={V}\nTZ=Europe/Berlin\n"),
 ("hamclock_startup_shell", "upper", "#!/bin/sh\n# start hamclock on the shack display\nexport DISPLAY=:0\nexport {K}='{V}'\nexec /usr/local/bin/hamclock-800x480 -t 20\n"),
 ("rtl_tcp_systemd_unit_env", "upper", "[Service]\nExecStart=/usr/bin/rtl_tcp -a 0.0.0.0 -p 1234 -s 2048000\nEnvironment=\"{K}={V}\"\nRestart=always\n"),
 ("kiwisdr_admin_json", "camel", "{\n  \"rx_name\": \"KiwiSDR ridge site\",\n  \"rx_gps\": \"(44.98, -93.27)\",\n  \"{K}\": \"{V}\",\n  \"chan_no_pwd\": 4\n}\n"),
 ("websdr_cfg_file", "snake", "# websdr.cfg\ntcpport 8901\nmaxusers 60\nband 40m\n  device !rtlsdr 0\n{K} {V}\n"),
 ("sdrangel_preset_yaml", "camel", "presets:\n  - group: satellites\n    description: NOAA APT\n    centerFrequency: 137100000\n    {K}: \"{V}\"\n"),
 ("gpredict_module_cfg", "upper", "[GLOBAL]\nVERSION=1.3\nQTHFILE=home.qth\nSATELLITES=25544;43017;\n{K}={V}\n"),
 ("satnogs_client_env", "upper", "SATNOGS_STATION_ID=1729\nSATNOGS_STATION_LAT=51.5\nSATNOGS_SOAPY_RX_DEVICE=driver=rtlsdr\n{K}={V}\n"),
 ("hamlib_rigctld_launch_script", "upper", "#!/bin/bash\n# rigctld for the IC-7300, also pushes to the sync service\n{K}=\"{V}\"\nrigctld -m 3073 -r /dev/ttyUSB1 -s 19200 -t 4532 &\n"),
 ("flrig_xml_prefs", "snake", "<?xml version=\"1.0\"?>\n<flrig>\n  <xcvr_name>IC-705</xcvr_name>\n  <{K}>{V}</{K}>\n</flrig>\n"),
 ("fldigi_macro_file", "upper", "//fldigi macros v2\n/$ 0 CQ\n<TX>CQ CQ DE <MYCALL> K<RX>\n/$ 1 SYNC\n<EXEC>sync.sh {K}={V}</EXEC>\n"),
 ("pat_winlink_config_json", "snake", "{\n  \"mycall\": \"VE3ABC\",\n  \"locator\": \"FN03\",\n  \"{K}\": \"{V}\",\n  \"auto_download_size_limit\": -1\n}\n"),
 ("linbpq_bpq32_cfg_comment", "upper", "SIMPLE\nNODECALL=N0BBS-7\nNODEALIAS=HILBBS\n; {K}={V}\nPORT\n PORTNUM=1\n ID=VHF\nENDPORT\n"),
 ("jnos_autoexec_nos", "snake", "hostname n0nos.ampr.org\nip address 44.24.10.5\nax25 mycall N0NOS-1\n# {K} {V}\nstart bbs\n"),
 ("xastir_config_rc", "upper", "STATION_CALLSIGN:KB1ZZZ\nSTATION_LAT:4238.22N\nSTATION_LONG:07120.82W\n{K}:{V}\n"),
 ("dxspider_local_perl_module", "snake", "package main;\n$mycall = \"GB7DXS\";\n$myname = \"Spider node\";\n${K} = \"{V}\";\n1;\n"),
 ("dmrgateway_ini_section", "pascal", "[DMR Network 1]\nEnabled=1\nName=BM_2341_UK\nAddress=2341.master.brandmeister.network\n{K}={V}\n"),
 ("allstarlink_rpt_conf", "snake", "[50123]\nrxchannel = SimpleUSB/usb_50123\nduplex = 1\n; {K} = {V}\nidrecording = |iKD9XYZ/R\n"),
 ("svxlink_reflector_conf", "upper", "[ReflectorLogic]\nTYPE=Reflector\nHOSTS=reflector.example.net\nCALLSIGN=SK0ABC\n{K}=\"{V}\"\n"),
 ("repeater_controller_arduino_header", "upper", "#pragma once\n#define RPT_CALL \"W9ABC/R\"\n#define CTCSS_HZ 127.3\n#define {K} \"{V}\"\n"),
 ("esp32_aprs_tracker_platformio_ini", "upper", "[env:ttgo-t-beam]\nplatform = espressif32\nboard = ttgo-t-beam\nbuild_flags =\n  -D {K}=\\\"{V}\\\"\n"),
 ("lora_aprs_igate_json_config", "camel", "{\n  \"callsign\": \"OE5XYZ-10\",\n  \"lora\": {\"frequency_rx\": 433775000},\n  \"{K}\": \"{V}\"\n}\n"),
 ("meshtastic_mqtt_bridge_yaml", "snake", "mqtt:\n  address: mqtt.example.net\n  root: msh/EU_868\n  {K}: \"{V}\"\n"),
 ("contest_scorer_cargo_toml_metadata", "snake", "[package]\nname = \"cabrillo-score\"\nversion = \"0.4.1\"\n\n[package.metadata.sync]\n{K} = \"{V}\"\n"),
 ("qsl_card_printer_python_dotenv", "upper", "# qsl printer\nQSL_TEMPLATE=cards/2024.svg\n{K}=\"{V}\"\nLABEL_PRINTER=QL-800\n"),
 ("tqsl_station_notes_markdown", "space", "## Station location: home\n\n- call: KE8ABC\n- grid: EN81\n- {K}: `{V}`\n"),
 ("grafana_ham_dashboard_provisioning_yaml", "camel", "apiVersion: 1\ndatasources:\n  - name: propagation\n    type: influxdb\n    secureJsonData:\n      {K}: {V}\n"),
 ("node_red_ham_flow_json", "camel", "[{\"id\":\"a1b2\",\"type\":\"http request\",\"name\":\"push spots\",\"{K}\":\"{V}\",\"url\":\"https://spots.example.com/in\"}]\n"),
 ("tle_fetch_github_actions_yaml", "upper", "name: fetch-tle\non:\n  schedule: [{cron: '0 */6 * * *'}]\njobs:\n  fetch:\n    runs-on: ubuntu-latest\n    env:\n      {K}: {V}\n"),
 ("ham_club_discord_message_paste", "space", "ok the new {K} is {V} - don't post it in #general pls\n"),
 ("net_control_irc_log", "space", "[20:14] <KC1NCS> for the relay box the {K} is {V}\n[20:15] <W1RLY> copy, thanks\n"),
 ("field_day_whiteboard_ocr", "space", "FIELD DAY  STN 2 (40m CW)\nlogger pc {K}: {V}\ngen fuel check 0200\n"),
 ("ham_forum_private_message", "space", "Hi OM, as promised the {K} for the remote station is {V} . 73 de Joe\n"),
 ("repeater_trustee_email", "space", "Subject: controller access\n\nBob,\nuse {K} {V} until Saturday.\n73, Ann\n"),
 ("shack_pi_crontab_line", "upper", "*/10 * * * * {K}='{V}' /home/pi/bin/upload_adif.sh >> /tmp/upload.log 2>&1\n"),
 ("winlink_express_ini_excerpt", "pascal", "[Properties]\nSite Callsign=VA3WLX\nGrid Square=FN25\n{K}={V}\n"),
 ("dapnet_transmitter_unipager_json", "camel", "{\n  \"master\": {\"server\": \"dapnet.afu.rwth-aachen.de\", \"port\": 43434, \"call\": \"db0xyz\", \"{K}\": \"{V}\"}\n}\n"),
]


def value(sh, kind):
    if kind == "pw":
        return sh.pw()
    if kind == "hex40":
        return sh.hexs(40)
    if kind == "hex64":
        return sh.hexs(64)
    if kind == "an48":
        return sh.an(48)
    if kind == "b64":
        return sh.b64(32)
    if kind == "satwh":
        return "satwh_" + sh.an(36)
    if kind == "igt":
        return "igt1." + sh.b64url(30)
    raise ValueError(kind)


def build(reg, seed=15101):
    sh = Shapes(random.Random(seed))
    out = []
    for ki, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t, words, vk = TYPES[(5 * ki + 7 * j) % 12]
            v = reg.take(lambda: value(sh, vk))
            k = case_key(words, style)
            pre, post = tpl.split("{V}")
            pre = pre.replace("{K}", k)
            text = pre + v + post.replace("{K}", k)
            out.append(dict(type=t, container=kind, text=text,
                            secrets=[dict(value=v, start=len(pre), end=len(pre) + len(v), type=t)],
                            source="everyday"))
    return out
