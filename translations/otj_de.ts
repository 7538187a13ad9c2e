<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandRegistry</name>
    <message>
        <source>&apos;%1&apos; is not a cmdlet name; the tool sends cmdlets with typed parameters, never script text.</source>
        <translation>„%1“ ist kein Cmdlet-Name; das Werkzeug sendet Cmdlets mit typisierten Parametern, niemals Skripttext.</translation>
    </message>
    <message>
        <source>%1 is not in the tool&apos;s list of Exchange commands.</source>
        <translation>%1 steht nicht in der Liste der Exchange-Befehle des Werkzeugs.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a property name.</source>
        <translation>„%1“ ist kein Eigenschaftsname.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter name.</source>
        <translation>„%1“ ist kein Parametername.</translation>
    </message>
    <message>
        <source>%1 has no parameter -%2 in the tool&apos;s list.</source>
        <translation>%1 hat in der Liste des Werkzeugs keinen Parameter -%2.</translation>
    </message>
    <message>
        <source>-%1 of %2 takes a %3 value, not %4.</source>
        <translation>-%1 von %2 erwartet einen %3-Wert, nicht %4.</translation>
    </message>
</context>
<context>
    <name>PowerShellProgramSetting</name>
    <message>
        <source>%1 must be a JSON array of strings: the program and its arguments, e.g. [&quot;pwsh&quot;, &quot;-File&quot;, &quot;bridge.ps1&quot;].</source>
        <translation>%1 muss ein JSON-Array aus Zeichenketten sein: das Programm und seine Argumente, z. B. [&quot;pwsh&quot;, &quot;-File&quot;, &quot;bridge.ps1&quot;].</translation>
    </message>
    <message>
        <source>from the %1 environment variable</source>
        <translation>aus der Umgebungsvariablen %1</translation>
    </message>
    <message>
        <source>this computer&apos;s setting</source>
        <translation>Einstellung dieses Computers</translation>
    </message>
    <message>
        <source>the default for this operating system</source>
        <translation>Standard für dieses Betriebssystem</translation>
    </message>
</context>
<context>
    <name>ShellRemedy</name>
    <message>
        <source>This machine&apos;s PowerShell cannot reach Exchange remote PowerShell (PowerShell on Linux and macOS has no WSMan client since version 7.4); export the setup script and run it on a Windows machine.</source>
        <translation>Die PowerShell dieses Computers kann Exchange-Remote-PowerShell nicht erreichen (PowerShell unter Linux und macOS hat seit Version 7.4 keinen WSMan-Client); exportieren Sie das Einrichtungsskript und führen Sie es auf einem Windows-Computer aus.</translation>
    </message>
    <message>
        <source>%1 is not available to this account in Exchange: it comes with the management role &quot;%2&quot;. Ask an Exchange administrator to assign it (Organization Management includes it), or sign in with an account that has it.</source>
        <translation>%1 steht diesem Konto in Exchange nicht zur Verfügung: Es gehört zur Verwaltungsrolle „%2“. Bitten Sie einen Exchange-Administrator, sie zuzuweisen (Organization Management enthält sie), oder melden Sie sich mit einem Konto an, das sie hat.</translation>
    </message>
    <message>
        <source>%1 is not available in this Exchange session.</source>
        <translation>%1 ist in dieser Exchange-Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <source>PowerShell refuses to run scripts on this machine (execution policy, possibly enforced by Group Policy). Importing the Exchange session needs scripts: ask for the policy RemoteSigned for your account, or use a machine where it is allowed.</source>
        <translation>PowerShell verweigert auf diesem Computer die Ausführung von Skripts (Ausführungsrichtlinie, möglicherweise per Gruppenrichtlinie erzwungen). Der Import der Exchange-Sitzung braucht Skripts: Bitten Sie um die Richtlinie RemoteSigned für Ihr Konto, oder verwenden Sie einen Computer, auf dem sie erlaubt sind.</translation>
    </message>
    <message>
        <source>WinRM does not trust this server name. Use the server&apos;s fully qualified domain name with Kerberos, or HTTPS; adding the server to TrustedHosts is only needed for other methods over HTTP and is not recommended.</source>
        <translation>WinRM vertraut diesem Servernamen nicht. Verwenden Sie den vollqualifizierten Domänennamen des Servers mit Kerberos oder HTTPS; den Server zu TrustedHosts hinzuzufügen ist nur für andere Verfahren über HTTP nötig und wird nicht empfohlen.</translation>
    </message>
    <message>
        <source>Windows does not trust the server&apos;s HTTPS certificate. Import the issuing CA into this machine&apos;s Trusted Root Certification Authorities store (or use the name the certificate was issued to). The tool never skips the certificate check.</source>
        <translation>Windows vertraut dem HTTPS-Zertifikat des Servers nicht. Importieren Sie die ausstellende Zertifizierungsstelle in den Speicher „Vertrauenswürdige Stammzertifizierungsstellen“ dieses Computers (oder verwenden Sie den Namen, auf den das Zertifikat ausgestellt ist). Das Werkzeug überspringt die Zertifikatprüfung nie.</translation>
    </message>
    <message>
        <source>Kerberos sign-in failed. Use the server&apos;s fully qualified domain name (not an IP address or an alias) from a domain-joined machine, check that the clocks agree, or sign in with an explicit account.</source>
        <translation>Die Kerberos-Anmeldung ist fehlgeschlagen. Verwenden Sie den vollqualifizierten Domänennamen des Servers (keine IP-Adresse, keinen Alias) von einem Computer in der Domäne, prüfen Sie, ob die Uhren übereinstimmen, oder melden Sie sich mit einem ausdrücklichen Konto an.</translation>
    </message>
    <message>
        <source>Exchange refused the sign-in. Check the user name and password, and that the account may use remote PowerShell (RemotePowerShellEnabled).</source>
        <translation>Exchange hat die Anmeldung abgelehnt. Prüfen Sie Benutzername und Kennwort und ob das Konto Remote-PowerShell verwenden darf (RemotePowerShellEnabled).</translation>
    </message>
    <message>
        <source>WinRM could not reach the server. Check the remote PowerShell URI (http://&lt;server FQDN&gt;/PowerShell/), that the port is open, and that the server is running.</source>
        <translation>WinRM konnte den Server nicht erreichen. Prüfen Sie den Remote-PowerShell-URI (http://&lt;Server-FQDN&gt;/PowerShell/), ob der Port offen ist und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Exchange did not answer in time. Check that the server is reachable and not overloaded, then try again.</source>
        <translation>Exchange hat nicht rechtzeitig geantwortet. Prüfen Sie, ob der Server erreichbar und nicht überlastet ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PowerShell program stopped unexpectedly. Check the PowerShell program shown on the Connections page and the log file.</source>
        <translation>Das PowerShell-Programm wurde unerwartet beendet. Prüfen Sie das auf der Seite „Verbindungen“ angezeigte PowerShell-Programm und die Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connects Pexip Infinity One-Touch Join to Microsoft Exchange on-premises.</source>
        <translation>Verbindet Pexip Infinity One-Touch Join mit Microsoft Exchange (lokal, on-premises).</translation>
    </message>
    <message>
        <source>Open the setup profile FILE.</source>
        <translation>Die Einrichtungsprofildatei DATEI öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Use the language CODE (en, nb, de).</source>
        <translation>Die Sprache CODE verwenden (en, nb, de).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
</context>
<context>
    <name>otj::AuthenticationStep</name>
    <message>
        <source>No credential store.</source>
        <translation>Kein Anmeldedatenspeicher.</translation>
    </message>
    <message>
        <source>The service account&apos;s password is not available (%1).</source>
        <translation>Das Passwort des Dienstkontos ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>Store the password in the wizard, or set %2 for unattended runs.</source>
        <translation>Speichern Sie das Passwort im Assistenten, oder setzen Sie %2 für unbeaufsichtigte Läufe.</translation>
    </message>
    <message>
        <source>Not checked: the service account&apos;s password is not available.</source>
        <translation>Nicht geprüft: Das Passwort des Dienstkontos ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>EWS does not offer %1 authentication (it offers %2).</source>
        <translation>EWS bietet keine %1-Authentifizierung an (angeboten wird %2).</translation>
    </message>
    <message>
        <source>Enable Basic authentication on the EWS virtual directory (Set-WebServicesVirtualDirectory -BasicAuthentication $true), or choose NTLM.</source>
        <translation>Aktivieren Sie die Standardauthentifizierung im virtuellen EWS-Verzeichnis (Set-WebServicesVirtualDirectory -BasicAuthentication $true), oder wählen Sie NTLM.</translation>
    </message>
    <message>
        <source>Enable Windows authentication (NTLM) on the EWS virtual directory, or choose Basic.</source>
        <translation>Aktivieren Sie die Windows-Authentifizierung (NTLM) im virtuellen EWS-Verzeichnis, oder wählen Sie Basic.</translation>
    </message>
    <message>
        <source>Signed in to EWS with %1.</source>
        <translation>Bei EWS mit %1 angemeldet.</translation>
    </message>
    <message>
        <source>EWS rejected the service account&apos;s %1 sign-in (HTTP 401). From EWS alone this cannot be told apart: a wrong password, a disabled, locked or expired account, or an authentication policy blocking legacy authentication all look the same; the PowerShell-side checks tell them apart.</source>
        <translation>EWS hat die %1-Anmeldung des Dienstkontos abgelehnt (HTTP 401). Allein über EWS lässt sich das nicht unterscheiden: Ein falsches Passwort, ein deaktiviertes, gesperrtes oder abgelaufenes Konto oder eine Authentifizierungsrichtlinie, die Legacy-Authentifizierung blockiert, sehen gleich aus; die PowerShell-Prüfungen unterscheiden sie.</translation>
    </message>
    <message>
        <source>Check the service account&apos;s password, then run the full validation with the Exchange admin&apos;s credentials.</source>
        <translation>Prüfen Sie das Passwort des Dienstkontos und führen Sie dann die vollständige Validierung mit den Anmeldedaten des Exchange-Administrators aus.</translation>
    </message>
    <message>
        <source>EWS refuses the service account (HTTP 403): EWS is blocked for this user or for this application.</source>
        <translation>EWS weist das Dienstkonto ab (HTTP 403): EWS ist für diesen Benutzer oder diese Anwendung gesperrt.</translation>
    </message>
    <message>
        <source>Allow EWS for the service account (Set-CASMailbox -EwsEnabled $true) and check the organisation&apos;s EWS application access policy.</source>
        <translation>Erlauben Sie EWS für das Dienstkonto (Set-CASMailbox -EwsEnabled $true) und prüfen Sie die EWS-Anwendungszugriffsrichtlinie der Organisation.</translation>
    </message>
    <message>
        <source>The service account is locked (HTTP 456).</source>
        <translation>Das Dienstkonto ist gesperrt (HTTP 456).</translation>
    </message>
    <message>
        <source>Unlock the account in Active Directory.</source>
        <translation>Entsperren Sie das Konto im Active Directory.</translation>
    </message>
    <message>
        <source>Credentials would go over plain HTTP; refused.</source>
        <translation>Anmeldedaten würden über unverschlüsseltes HTTP gesendet; abgelehnt.</translation>
    </message>
    <message>
        <source>Use the https:// EWS URL.</source>
        <translation>Verwenden Sie die https://-EWS-URL.</translation>
    </message>
    <message>
        <source>Not checked: the service account cannot sign in to EWS.</source>
        <translation>Nicht geprüft: Das Dienstkonto kann sich nicht bei EWS anmelden.</translation>
    </message>
    <message>
        <source>The service account signs in to EWS with %1</source>
        <translation>Das Dienstkonto meldet sich mit %1 bei EWS an</translation>
    </message>
    <message>
        <source>No authentication policy blocks the service account</source>
        <translation>Keine Authentifizierungsrichtlinie blockiert das Dienstkonto</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>otj::CalendarProcessingPlanner</name>
    <message>
        <source>Change it if One-Touch Join should book this room for everyone (otjctl apply --fix-booking-blockers), or leave it if the restriction is wanted.</source>
        <translation>Ändern Sie es, wenn One-Touch Join diesen Raum für alle buchen soll (otjctl apply --fix-booking-blockers), oder lassen Sie es, wenn die Einschränkung gewollt ist.</translation>
    </message>
    <message>
        <source>Only organizers in BookInPolicy (%1) are accepted automatically (AllBookInPolicy $false): other invitations are declined or wait for a delegate.</source>
        <translation>Nur Organisatoren in BookInPolicy (%1) werden automatisch angenommen (AllBookInPolicy $false): andere Einladungen werden abgelehnt oder warten auf einen Stellvertreter.</translation>
    </message>
    <message>
        <source>Invitations wait for a delegate&apos;s approval (ResourceDelegates %1, ForwardRequestsToDelegates $true): the meeting stays tentative until someone approves.</source>
        <translation>Einladungen warten auf die Zustimmung eines Stellvertreters (ResourceDelegates %1, ForwardRequestsToDelegates $true): die Besprechung bleibt vorläufig, bis jemand zustimmt.</translation>
    </message>
    <message>
        <source>Meetings more than %1 days ahead are declined (BookingWindowInDays).</source>
        <translation>Besprechungen mehr als %1 Tage im Voraus werden abgelehnt (BookingWindowInDays).</translation>
    </message>
    <message>
        <source>Meetings longer than %1 minutes are declined (MaximumDurationInMinutes).</source>
        <translation>Besprechungen, die länger als %1 Minuten dauern, werden abgelehnt (MaximumDurationInMinutes).</translation>
    </message>
    <message>
        <source>Recurring meetings are declined (AllowRecurringMeetings $false).</source>
        <translation>Serienbesprechungen werden abgelehnt (AllowRecurringMeetings $false).</translation>
    </message>
    <message>
        <source>Meetings outside the room&apos;s working hours are declined (ScheduleOnlyDuringWorkHours $true).</source>
        <translation>Besprechungen außerhalb der Arbeitszeit des Raums werden abgelehnt (ScheduleOnlyDuringWorkHours $true).</translation>
    </message>
    <message>
        <source>Overlapping meetings are accepted (AllowConflicts $true, ConflictPercentageAllowed %1, MaximumConflictInstances %2): the endpoint shows two meetings at once.</source>
        <translation>Überschneidende Besprechungen werden angenommen (AllowConflicts $true, ConflictPercentageAllowed %1, MaximumConflictInstances %2): das Endgerät zeigt zwei Besprechungen gleichzeitig.</translation>
    </message>
    <message>
        <source>Set AllowConflicts $false unless double bookings are wanted in this room.</source>
        <translation>Setzen Sie AllowConflicts $false, es sei denn, Doppelbuchungen sind in diesem Raum gewollt.</translation>
    </message>
    <message>
        <source>Calendar processing of %1 as the profile&apos;s policy says (meeting details kept)</source>
        <translation>Kalenderverarbeitung von %1 wie in der Richtlinie des Profils (Besprechungsdetails bleiben erhalten)</translation>
    </message>
    <message>
        <source>Let %1 accept every organizer&apos;s meetings (booking restrictions removed)</source>
        <translation>%1 nimmt Besprechungen aller Organisatoren an (Buchungseinschränkungen entfernt)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>otj::CalendarProcessingStep</name>
    <message>
        <source>Set-CalendarProcessing %3 -DeleteComments $false -DeleteSubject $false -AddOrganizerToSubject $false, then ask organizers to re-send.</source>
        <translation>Set-CalendarProcessing %3 -DeleteComments $false -DeleteSubject $false -AddOrganizerToSubject $false, dann die Organisatoren bitten, erneut zu senden.</translation>
    </message>
    <message>
        <source>No meetings in the next %1 days to inspect; book a test meeting with a join link and re-run.</source>
        <translation>Keine Besprechungen in den nächsten %1 Tagen zum Prüfen; buchen Sie eine Testbesprechung mit Teilnahmelink und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>%1 of %2 meetings lost their body or subject: the room&apos;s calendar processing still strips them.</source>
        <translation>%1 von %2 Besprechungen haben Text oder Betreff verloren: Die Kalenderverarbeitung des Raums entfernt sie weiterhin.</translation>
    </message>
    <message>
        <source>%1 of %2 meetings lost their body or subject after the last calendar-processing change: the room&apos;s calendar processing still strips them.</source>
        <translation>%1 von %2 Besprechungen haben nach der letzten Änderung der Kalenderverarbeitung Text oder Betreff verloren: Die Kalenderverarbeitung des Raums entfernt sie weiterhin.</translation>
    </message>
    <message>
        <source>All %1 meetings lost their body or subject. EWS cannot tell whether the room still strips them: the time of its last calendar-processing change needs the PowerShell checks.</source>
        <translation>Alle %1 Besprechungen haben Text oder Betreff verloren. Über EWS lässt sich nicht feststellen, ob der Raum sie weiterhin entfernt: Der Zeitpunkt der letzten Änderung der Kalenderverarbeitung erfordert die PowerShell-Prüfungen.</translation>
    </message>
    <message>
        <source>If calendar processing is not fixed yet, fix it; then ask the organizers to re-send these meetings (Exchange never repairs them).</source>
        <translation>Falls die Kalenderverarbeitung noch nicht korrigiert ist, korrigieren Sie sie; bitten Sie dann die Organisatoren, diese Besprechungen erneut zu senden (Exchange repariert sie nie).</translation>
    </message>
    <message>
        <source>Re-send needed: %1 meetings created before the calendar-processing change were stripped, and Exchange never repairs them.</source>
        <translation>Erneutes Senden nötig: %1 Besprechungen, die vor der Änderung der Kalenderverarbeitung erstellt wurden, wurden gekürzt, und Exchange repariert sie nie.</translation>
    </message>
    <message>
        <source>Ask the organizers of the listed meetings to re-send them.</source>
        <translation>Bitten Sie die Organisatoren der aufgeführten Besprechungen, sie erneut zu senden.</translation>
    </message>
    <message>
        <source>%1 meetings keep their subject and body.</source>
        <translation>%1 Besprechungen behalten Betreff und Text.</translation>
    </message>
    <message>
        <source>Not checked: the calendar could not be read.</source>
        <translation>Nicht geprüft: Der Kalender konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Calendar processing keeps meeting details</source>
        <translation>Die Kalenderverarbeitung behält die Besprechungsdetails</translation>
    </message>
    <message>
        <source>Meetings keep their subject and body</source>
        <translation>Besprechungen behalten Betreff und Text</translation>
    </message>
    <message>
        <source>All %1 rooms process meetings as the profile&apos;s calendar policy says.</source>
        <translation>Alle %1 Räume verarbeiten Besprechungen wie in der Kalenderrichtlinie des Profils.</translation>
    </message>
    <message>
        <source>%1 of %2 rooms differ from the profile&apos;s calendar policy: %3.</source>
        <translation>%1 von %2 Räumen weichen von der Kalenderrichtlinie des Profils ab: %3.</translation>
    </message>
    <message>
        <source>Run otjctl plan to see the differences and otjctl apply to fix them.</source>
        <translation>Führen Sie otjctl plan aus, um die Unterschiede zu sehen, und otjctl apply, um sie zu beheben.</translation>
    </message>
    <message>
        <source>%1 rooms have settings that stop automatic booking for some meetings: %2.</source>
        <translation>%1 Räume haben Einstellungen, die die automatische Buchung mancher Besprechungen verhindern: %2.</translation>
    </message>
    <message>
        <source>otjctl plan lists each with its reason; otjctl apply --fix-booking-blockers changes them if they are not wanted.</source>
        <translation>otjctl plan listet jede mit ihrem Grund auf; otjctl apply --fix-booking-blockers ändert sie, wenn sie nicht gewollt sind.</translation>
    </message>
    <message>
        <source>Calendar processing could not be read: %1</source>
        <translation>Die Kalenderverarbeitung konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>otj::ConnectionStep</name>
    <message>
        <source>The profile has no valid EWS URL.</source>
        <translation>Das Profil enthält keine gültige EWS-URL.</translation>
    </message>
    <message>
        <source>Type the EWS URL.</source>
        <translation>Geben Sie die EWS-URL ein.</translation>
    </message>
    <message>
        <source>Not checked: no EWS URL.</source>
        <translation>Nicht geprüft: keine EWS-URL.</translation>
    </message>
    <message>
        <source>Autodiscover did not return an EWS URL: %1</source>
        <translation>Autodiscover hat keine EWS-URL geliefert: %1</translation>
    </message>
    <message>
        <source>Type the EWS URL (always possible), or fix Autodiscover.</source>
        <translation>Geben Sie die EWS-URL ein (immer möglich), oder korrigieren Sie die Autodiscover.</translation>
    </message>
    <message>
        <source>Autodiscover did not return an EWS URL: %1 Using the typed EWS URL instead.</source>
        <translation>Autodiscover hat keine EWS-URL geliefert: %1 Stattdessen wird die eingegebene EWS-URL verwendet.</translation>
    </message>
    <message>
        <source>Autodiscover redirects to %1, a host you have not confirmed; credentials were not sent there.</source>
        <translation>Autodiscover leitet zu %1 um, einem Host, den Sie nicht bestätigt haben; dorthin wurden keine Anmeldedaten gesendet.</translation>
    </message>
    <message>
        <source>Confirm %1 if you trust it, or type the EWS URL.</source>
        <translation>Bestätigen Sie %1, wenn Sie dem Host vertrauen, oder geben Sie die EWS-URL ein.</translation>
    </message>
    <message>
        <source>Autodiscover redirects to %1, a host you have not confirmed; credentials were not sent there. Using the typed EWS URL instead.</source>
        <translation>Autodiscover leitet zu %1 um, einem Host, den Sie nicht bestätigt haben; dorthin wurden keine Anmeldedaten gesendet. Stattdessen wird die eingegebene EWS-URL verwendet.</translation>
    </message>
    <message>
        <source>Autodiscover rejected the service account&apos;s credentials (HTTP 401).</source>
        <translation>Autodiscover hat die Anmeldedaten des Dienstkontos abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>See the sign-in check; or type the EWS URL.</source>
        <translation>Siehe die Anmeldeprüfung; oder geben Sie die EWS-URL ein.</translation>
    </message>
    <message>
        <source>Autodiscover rejected the service account&apos;s credentials (HTTP 401). Using the typed EWS URL instead.</source>
        <translation>Autodiscover hat die Anmeldedaten des Dienstkontos abgelehnt (HTTP 401). Stattdessen wird die eingegebene EWS-URL verwendet.</translation>
    </message>
    <message>
        <source>Not checked: the EWS URL is not known.</source>
        <translation>Nicht geprüft: Die EWS-URL ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Autodiscover returned %1.</source>
        <translation>Autodiscover lieferte %1.</translation>
    </message>
    <message>
        <source>The EWS URL is not https://.</source>
        <translation>Die EWS-URL beginnt nicht mit https://.</translation>
    </message>
    <message>
        <source>Use the https:// EWS URL.</source>
        <translation>Verwenden Sie die https://-EWS-URL.</translation>
    </message>
    <message>
        <source>Not checked: EWS is not reachable over HTTPS.</source>
        <translation>Nicht geprüft: EWS ist über HTTPS nicht erreichbar.</translation>
    </message>
    <message>
        <source>Not checked: the TLS handshake failed.</source>
        <translation>Nicht geprüft: Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not checked: the EWS certificate is not trusted (prereq.p5).</source>
        <translation>Nicht geprüft: Dem EWS-Zertifikat wird nicht vertraut (prereq.p5).</translation>
    </message>
    <message>
        <source>EWS at %1 does not answer: %2</source>
        <translation>EWS unter %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Check the EWS URL, DNS and firewall.</source>
        <translation>Prüfen Sie EWS-URL, DNS und Firewall.</translation>
    </message>
    <message>
        <source>Not checked: EWS is not reachable.</source>
        <translation>Nicht geprüft: EWS ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The EWS URL redirects to %1 (wrong URL or an error page).</source>
        <translation>Die EWS-URL leitet zu %1 um (falsche URL oder eine Fehlerseite).</translation>
    </message>
    <message>
        <source>Use https://&lt;server&gt;/EWS/Exchange.asmx.</source>
        <translation>Verwenden Sie https://&lt;server&gt;/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <source>The EWS URL answers HTTP %1, not EWS.</source>
        <translation>Die EWS-URL antwortet mit HTTP %1, nicht als EWS.</translation>
    </message>
    <message>
        <source>Not checked: the EWS URL does not lead to EWS.</source>
        <translation>Nicht geprüft: Die EWS-URL führt nicht zu EWS.</translation>
    </message>
    <message>
        <source>EWS answers (HTTP %1, offers %2).</source>
        <translation>EWS antwortet (HTTP %1, bietet %2 an).</translation>
    </message>
    <message>
        <source>EWS answers (HTTP %1, offers no authentication).</source>
        <translation>EWS antwortet (HTTP %1, bietet keine Authentifizierung an).</translation>
    </message>
    <message>
        <source>The EWS URL answers</source>
        <translation>Die EWS-URL antwortet</translation>
    </message>
    <message>
        <source>Autodiscover finds the EWS URL</source>
        <translation>Autodiscover findet die EWS-URL</translation>
    </message>
</context>
<context>
    <name>otj::CredentialStore</name>
    <message>
        <source>Exchange admin password</source>
        <translation>Exchange-Administratorkennwort</translation>
    </message>
    <message>
        <source>OTJ service account password</source>
        <translation>Kennwort des OTJ-Dienstkontos</translation>
    </message>
    <message>
        <source>Pexip admin password</source>
        <translation>Pexip-Administratorkennwort</translation>
    </message>
</context>
<context>
    <name>otj::EnvironmentCredentialStore</name>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Passwords from environment variables cannot be changed.</source>
        <translation>Kennwörter aus Umgebungsvariablen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Passwords from environment variables cannot be removed.</source>
        <translation>Kennwörter aus Umgebungsvariablen können nicht entfernt werden.</translation>
    </message>
    <message>
        <source>environment variables (less safe than the keychain)</source>
        <translation>Umgebungsvariablen (weniger sicher als der Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>otj::ImpersonationStep</name>
    <message>
        <source>The service account may not impersonate %1: the room is outside the impersonation scope (%2).</source>
        <translation>Das Dienstkonto darf nicht die Identität von %1 annehmen: Der Raum liegt außerhalb des Identitätswechsel-Bereichs (%2).</translation>
    </message>
    <message>
        <source>Add %1 to the OTJ rooms distribution group. Role and group changes can take up to an hour to reach EWS.</source>
        <translation>Fügen Sie %1 der Verteilergruppe der OTJ-Räume hinzu. Rollen- und Gruppenänderungen können bis zu einer Stunde brauchen, bis sie bei EWS ankommen.</translation>
    </message>
    <message>
        <source>The service account has no ApplicationImpersonation role assignment (%2).</source>
        <translation>Das Dienstkonto hat keine ApplicationImpersonation-Rollenzuweisung (%2).</translation>
    </message>
    <message>
        <source>Create the scoped ApplicationImpersonation role assignment.</source>
        <translation>Erstellen Sie die eingegrenzte ApplicationImpersonation-Rollenzuweisung.</translation>
    </message>
    <message>
        <source>%1 is not a mailbox on this Exchange organisation (a typo, not a mailbox, or a mailbox in Exchange Online).</source>
        <translation>%1 ist kein Postfach in dieser Exchange-Organisation (ein Tippfehler, kein Postfach oder ein Postfach in Exchange Online).</translation>
    </message>
    <message>
        <source>Check the room&apos;s primary SMTP address in the room selection.</source>
        <translation>Prüfen Sie die primäre SMTP-Adresse des Raums in der Raumauswahl.</translation>
    </message>
    <message>
        <source>%1 is not a valid address (%2).</source>
        <translation>%1 ist keine gültige Adresse (%2).</translation>
    </message>
    <message>
        <source>Correct the address in the room selection.</source>
        <translation>Korrigieren Sie die Adresse in der Raumauswahl.</translation>
    </message>
    <message>
        <source>Access to %1&apos;s calendar is denied (%2).</source>
        <translation>Der Zugriff auf den Kalender von %1 wird verweigert (%2).</translation>
    </message>
    <message>
        <source>Check the ApplicationImpersonation role assignment.</source>
        <translation>Prüfen Sie die ApplicationImpersonation-Rollenzuweisung.</translation>
    </message>
    <message>
        <source>A server-side or transient problem; see the evidence, then re-run the validation.</source>
        <translation>Ein serverseitiges oder vorübergehendes Problem; sehen Sie sich die Nachweise an und führen Sie die Validierung erneut aus.</translation>
    </message>
    <message>
        <source>Not checked: impersonating %1 failed.</source>
        <translation>Nicht geprüft: Der Identitätswechsel zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>More than %1 items; only the first %1 were inspected.</source>
        <translation>Mehr als %1 Elemente; nur die ersten %1 wurden geprüft.</translation>
    </message>
    <message>
        <source>No mailbox that is not an OTJ room is known to test with (give the Exchange admin account as user@domain).</source>
        <translation>Es ist kein Postfach bekannt, das kein OTJ-Raum ist und mit dem getestet werden kann (geben Sie das Exchange-Administratorkonto als benutzer@domäne an).</translation>
    </message>
    <message>
        <source>Over-broad permission: the service account can impersonate %1, which is not an OTJ room.</source>
        <translation>Zu weit gefasste Berechtigung: Das Dienstkonto kann die Identität von %1 annehmen, obwohl dies kein OTJ-Raum ist.</translation>
    </message>
    <message>
        <source>Limit the ApplicationImpersonation assignment with -CustomRecipientWriteScope set to the OTJ rooms scope.</source>
        <translation>Begrenzen Sie die ApplicationImpersonation-Zuweisung mit -CustomRecipientWriteScope auf den Bereich der OTJ-Räume.</translation>
    </message>
    <message>
        <source>Impersonating %1 (not a room) is denied.</source>
        <translation>Der Identitätswechsel zu %1 (kein Raum) wird verweigert.</translation>
    </message>
    <message>
        <source>Could not test with %1: %2</source>
        <translation>Test mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>No room can be impersonated (%1 of %2 answered %3): the service account has no ApplicationImpersonation assignment, or its scope contains none of the rooms.</source>
        <translation>Für keinen Raum kann die Identität angenommen werden (%1 von %2 antworteten %3): Das Dienstkonto hat keine ApplicationImpersonation-Zuweisung, oder ihr Bereich enthält keinen der Räume.</translation>
    </message>
    <message>
        <source>Assign ApplicationImpersonation to the service account with -CustomRecipientWriteScope set to a scope over the OTJ rooms distribution group, and make the rooms members of that group. New assignments can take up to an hour to reach EWS.</source>
        <translation>Weisen Sie dem Dienstkonto ApplicationImpersonation mit -CustomRecipientWriteScope auf einen Bereich über die Verteilergruppe der OTJ-Räume zu, und machen Sie die Räume zu Mitgliedern dieser Gruppe. Neue Zuweisungen können bis zu einer Stunde brauchen, bis sie bei EWS ankommen.</translation>
    </message>
    <message>
        <source>No room can be impersonated (%1 of %2 answered %3): the service account has no ApplicationImpersonation assignment, or its scope contains none of the rooms. %4 more failed for their own reasons.</source>
        <translation>Für keinen Raum kann die Identität angenommen werden (%1 von %2 antworteten %3): Das Dienstkonto hat keine ApplicationImpersonation-Zuweisung, oder ihr Bereich enthält keinen der Räume. %4 weitere sind aus eigenen Gründen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not judged: the service account cannot impersonate any room either.</source>
        <translation>Nicht bewertet: Das Dienstkonto kann auch für keinen Raum die Identität annehmen.</translation>
    </message>
    <message>
        <source>The service account can impersonate every OTJ room</source>
        <translation>Das Dienstkonto kann die Identität jedes OTJ-Raums annehmen</translation>
    </message>
    <message numerus="yes">
        <source>Room calendars are readable for the next %n day(s)</source>
        <translation>
            <numerusform>Die Raumkalender sind für den nächsten %n Tag lesbar</numerusform>
            <numerusform>Die Raumkalender sind für die nächsten %n Tage lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Impersonation is limited to the OTJ rooms</source>
        <translation>Der Identitätswechsel ist auf die OTJ-Räume beschränkt</translation>
    </message>
    <message>
        <source>The ApplicationImpersonation assignment is scoped to the OTJ rooms group</source>
        <translation>Die ApplicationImpersonation-Zuweisung ist auf die OTJ-Raumgruppe beschränkt</translation>
    </message>
</context>
<context>
    <name>otj::KeychainCredentialStore</name>
    <message>
        <source>No %1 is stored in the keychain for this profile.</source>
        <translation>Für dieses Profil ist kein %1 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The keychain refused: %1.</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>otj::MemoryCredentialStore</name>
    <message>
        <source>No %1 entered for this session.</source>
        <translation>Für diese Sitzung wurde kein %1 eingegeben.</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>nur diese Sitzung (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>otj::PexipStep</name>
    <message>
        <source>The Pexip checks are not available in this version; nothing was checked.</source>
        <translation>Die Pexip-Prüfungen sind in dieser Version nicht verfügbar; es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>The Pexip One-Touch Join integration matches</source>
        <translation>Die Pexip-One-Touch-Join-Integration stimmt überein</translation>
    </message>
</context>
<context>
    <name>otj::PrerequisitesStep</name>
    <message>
        <source>Cannot be checked from Exchange on-premises: if you use Safe Links, exclude the OTJ rooms from URL rewriting.</source>
        <translation>Kann von Exchange On-Premises aus nicht geprüft werden: Wenn Sie Safe Links verwenden, nehmen Sie die OTJ-Räume vom Umschreiben der URLs aus.</translation>
    </message>
    <message>
        <source>Add the CA that issued the certificate.</source>
        <translation>Fügen Sie die Zertifizierungsstelle hinzu, die das Zertifikat ausgestellt hat.</translation>
    </message>
    <message>
        <source>The EWS URL is plain HTTP: credentials are never sent over it.</source>
        <translation>Die EWS-URL ist unverschlüsseltes HTTP: Darüber werden nie Anmeldedaten gesendet.</translation>
    </message>
    <message>
        <source>Use the https:// EWS URL.</source>
        <translation>Verwenden Sie die https://-EWS-URL.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>Add the issuing CA (PEM); the same CA must be uploaded to Pexip Infinity. Or give Exchange a publicly trusted certificate.</source>
        <translation>Fügen Sie die ausstellende Zertifizierungsstelle (PEM) hinzu; dieselbe muss auch in Pexip Infinity hochgeladen werden. Oder geben Sie Exchange ein öffentlich vertrauenswürdiges Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, untrusted: %3: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut, nicht vertrauenswürdig: %3: %2</translation>
    </message>
    <message>
        <source>Not checked: EWS did not answer.</source>
        <translation>Nicht geprüft: EWS hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Publicly trusted certificate.</source>
        <translation>Öffentlich vertrauenswürdiges Zertifikat.</translation>
    </message>
    <message>
        <source>Trusted through the profile&apos;s custom CA only: Pexip Infinity needs the same CA.</source>
        <translation>Nur über die eigene Zertifizierungsstelle des Profils vertrauenswürdig: Pexip Infinity braucht dieselbe Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Every OTJ room has a room resource mailbox</source>
        <translation>Jeder OTJ-Raum hat ein Raumressourcenpostfach</translation>
    </message>
    <message>
        <source>Automatic calendar processing is on for every room</source>
        <translation>Die automatische Kalenderverarbeitung ist für jeden Raum aktiv</translation>
    </message>
    <message>
        <source>Safe Links does not rewrite join links</source>
        <translation>Safe Links schreibt Teilnahmelinks nicht um</translation>
    </message>
    <message>
        <source>Exchange Management PowerShell is reachable</source>
        <translation>Exchange Management PowerShell ist erreichbar</translation>
    </message>
    <message>
        <source>The EWS certificate is trusted</source>
        <translation>Dem EWS-Zertifikat wird vertraut</translation>
    </message>
</context>
<context>
    <name>otj::ProfileModel</name>
    <message>
        <source>Choose where to save the profile.</source>
        <translation>Wählen Sie, wo das Profil gespeichert werden soll.</translation>
    </message>
</context>
<context>
    <name>otj::ProfileStore</name>
    <message>
        <source>Not valid JSON at line %1, column %2: %3.</source>
        <translation>Ungültiges JSON in Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>A profile is a JSON object ({ … }).</source>
        <translation>Ein Profil ist ein JSON-Objekt ({ … }).</translation>
    </message>
    <message>
        <source>Missing: every profile states its schemaVersion.</source>
        <translation>Fehlt: Jedes Profil gibt seine schemaVersion an.</translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation>Ganze Zahl erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of OTJ Exchange Setup (schema %1; this version reads up to %2). Open it with the newer version; it is not changed.</source>
        <translation>Dieses Profil wurde von einer neueren Version von OTJ Exchange Setup geschrieben (Schema %1; diese Version liest bis %2). Öffnen Sie es mit der neueren Version; es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Unsupported schemaVersion %1.</source>
        <translation>Nicht unterstützte schemaVersion %1.</translation>
    </message>
    <message>
        <source>Missing: the profile id links the profile to its stored credentials.</source>
        <translation>Fehlt: Die Profil-ID verbindet das Profil mit seinen gespeicherten Anmeldedaten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>„%1“ ist keine UUID.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Not set yet: %1.</source>
        <translation>Noch nicht gesetzt: %1.</translation>
    </message>
    <message>
        <source>At most %1 characters (it has %2).</source>
        <translation>Höchstens %1 Zeichen (es sind %2).</translation>
    </message>
    <message>
        <source>the EWS URL</source>
        <translation>die EWS-URL</translation>
    </message>
    <message>
        <source>the address Autodiscover starts from</source>
        <translation>die Adresse, von der Autodiscover ausgeht</translation>
    </message>
    <message>
        <source>the Autodiscover URL</source>
        <translation>die Autodiscover-URL</translation>
    </message>
    <message>
        <source>the remote PowerShell URI, e.g. http://mail.example.com/PowerShell/</source>
        <translation>der Remote-PowerShell-URI, z. B. http://mail.example.com/PowerShell/</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <source>Basic authentication over http:// would send the admin password in clear text; use Kerberos, or an https:// URI.</source>
        <translation>Basic-Authentifizierung über http:// würde das Administratorkennwort im Klartext senden; verwenden Sie Kerberos oder einen https://-URI.</translation>
    </message>
    <message>
        <source>the Exchange admin account</source>
        <translation>das Exchange-Administratorkonto</translation>
    </message>
    <message>
        <source>the OTJ service account</source>
        <translation>das OTJ-Dienstkonto</translation>
    </message>
    <message>
        <source>the service account&apos;s display name</source>
        <translation>der Anzeigename des Dienstkontos</translation>
    </message>
    <message>
        <source>The OTJ service account must be its own account, not the Exchange admin.</source>
        <translation>Das OTJ-Dienstkonto muss ein eigenes Konto sein, nicht der Exchange-Administrator.</translation>
    </message>
    <message>
        <source>Give the OU as a distinguished name (OU=Service Accounts,DC=example,DC=com) or canonical name (example.com/Service Accounts).</source>
        <translation>Geben Sie die OU als Distinguished Name (OU=Service Accounts,DC=example,DC=com) oder kanonischen Namen (example.com/Service Accounts) an.</translation>
    </message>
    <message>
        <source>the distribution group that holds the OTJ rooms</source>
        <translation>die Verteilergruppe mit den OTJ-Räumen</translation>
    </message>
    <message>
        <source>No OTJ rooms selected yet.</source>
        <translation>Noch keine OTJ-Räume ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>the management scope name</source>
        <translation>der Name des Verwaltungsbereichs</translation>
    </message>
    <message>
        <source>the role assignment name</source>
        <translation>der Name der Rollenzuweisung</translation>
    </message>
    <message>
        <source>One-Touch Join needs rooms to accept invites automatically: AutoAccept (found &quot;%1&quot;).</source>
        <translation>One-Touch Join braucht Räume, die Einladungen automatisch annehmen: AutoAccept („%1“ gefunden).</translation>
    </message>
    <message>
        <source>the Pexip Management Node address</source>
        <translation>die Adresse des Pexip-Management-Knotens</translation>
    </message>
    <message>
        <source>the Pexip admin user</source>
        <translation>der Pexip-Administratorbenutzer</translation>
    </message>
    <message>
        <source>the integration&apos;s name</source>
        <translation>der Name der Integration</translation>
    </message>
    <message>
        <source>At most 250 characters (it has %1).</source>
        <translation>Höchstens 250 Zeichen (es sind %1).</translation>
    </message>
    <message>
        <source>Pexip accepts 10000 to 10000000 FindItem requests per 24 hours (found %1).</source>
        <translation>Pexip akzeptiert 10000 bis 10000000 FindItem-Anfragen pro 24 Stunden (%1 gefunden).</translation>
    </message>
    <message>
        <source>Missing: the SHA-256 fingerprint of the CA (it is %1).</source>
        <translation>Fehlt: der SHA-256-Fingerabdruck der CA (er lautet %1).</translation>
    </message>
    <message>
        <source>Not a SHA-256 fingerprint (64 hex digits).</source>
        <translation>Kein SHA-256-Fingerabdruck (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The CA certificate does not match its recorded fingerprint (recorded %1, actual %2): choose the CA again.</source>
        <translation>Das CA-Zertifikat passt nicht zum gespeicherten Fingerabdruck (gespeichert %1, tatsächlich %2): Wählen Sie die CA erneut.</translation>
    </message>
    <message>
        <source>A fingerprint is recorded but the CA certificate is missing.</source>
        <translation>Ein Fingerabdruck ist gespeichert, aber das CA-Zertifikat fehlt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Unknown setting; it is ignored (misspelt, or written by a newer version?).</source>
        <translation>Unbekannte Einstellung; sie wird ignoriert (falsch geschrieben oder von einer neueren Version geschrieben?).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false oder null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a list of text values</source>
        <translation>eine Liste von Textwerten</translation>
    </message>
    <message>
        <source>Expected text, found %1.</source>
        <translation>Text erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>%1 erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, named pipe or device); a profile is a .json file.</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, eine benannte Pipe oder ein Gerät); ein Profil ist eine .json-Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB: too large to be a profile.</source>
        <translation>%1 ist größer als 4 MiB: zu groß für ein Profil.</translation>
    </message>
    <message>
        <source>The CA file holds %1 certificates; the old profile format checked only the first. All are now listed with their fingerprints: check each one and save the profile.</source>
        <translation>Die CA-Datei enthält %1 Zertifikate; das alte Profilformat prüfte nur das erste. Alle sind jetzt mit ihren Fingerabdrücken aufgeführt: Prüfen Sie jedes und speichern Sie das Profil.</translation>
    </message>
    <message>
        <source>Expected a list of certificates, found %1.</source>
        <translation>Erwartet wurde eine Liste von Zertifikaten, gefunden: %1.</translation>
    </message>
    <message>
        <source>Expected an object, found %1.</source>
        <translation>Erwartet wurde ein Objekt, gefunden: %1.</translation>
    </message>
    <message>
        <source>Certificates are recorded but the CA certificate PEM is missing.</source>
        <translation>Zertifikate sind eingetragen, aber das PEM des CA-Zertifikats fehlt.</translation>
    </message>
    <message>
        <source>Certificate %1 in the PEM (%2, SHA-256 %3) is not recorded: the file was changed. Choose the CA again.</source>
        <translation>Zertifikat %1 im PEM (%2, SHA-256 %3) ist nicht eingetragen: Die Datei wurde geändert. Wählen Sie die CA erneut.</translation>
    </message>
    <message>
        <source>Recorded, but the PEM no longer holds this certificate: choose the CA again.</source>
        <translation>Eingetragen, aber das PEM enthält dieses Zertifikat nicht mehr: Wählen Sie die CA erneut.</translation>
    </message>
    <message>
        <source>Ignored: the PowerShell program is a setting of this computer, never of a profile. Saving the profile removes this value.</source>
        <translation>Ignoriert: Das PowerShell-Programm ist eine Einstellung dieses Computers, nie eines Profils. Beim Speichern des Profils wird dieser Wert entfernt.</translation>
    </message>
</context>
<context>
    <name>otj::Reasons</name>
    <message>
        <source>Needs the Exchange PowerShell checks, which are not available in this version; nothing was checked.</source>
        <translation>Erfordert die Exchange-PowerShell-Prüfungen, die in dieser Version nicht verfügbar sind; es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Skipped in --service-account-only mode: needs the Exchange admin&apos;s PowerShell session.</source>
        <translation>Im Modus --service-account-only übersprungen: erfordert die PowerShell-Sitzung des Exchange-Administrators.</translation>
    </message>
    <message>
        <source>See the evidence, then re-run the validation.</source>
        <translation>Sehen Sie sich die Nachweise an und führen Sie die Validierung erneut aus.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>otj::ServiceAccountStep</name>
    <message>
        <source>The service account exists and is enabled</source>
        <translation>Das Dienstkonto existiert und ist aktiviert</translation>
    </message>
</context>
<context>
    <name>otj::Steps</name>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Calendar processing</source>
        <translation>Kalenderverarbeitung</translation>
    </message>
    <message>
        <source>Pexip integration</source>
        <translation>Pexip-Integration</translation>
    </message>
</context>
<context>
    <name>otj::ValidationResults</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n mit Warnung</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n nicht geprüft</numerusform>
            <numerusform>%n nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rooms: %3.</source>
        <translation>%1 von %2 Räumen: %3.</translation>
    </message>
    <message>
        <source>See each room&apos;s fix.</source>
        <translation>Siehe die Behebung bei jedem Raum.</translation>
    </message>
    <message>
        <source>No rooms to check.</source>
        <translation>Keine Räume zu prüfen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>otj::certs</name>
    <message>
        <source>The file contains a private key. Choose the CA certificate only (never a key).</source>
        <translation>Die Datei enthält einen privaten Schlüssel. Wählen Sie nur das CA-Zertifikat (niemals einen Schlüssel).</translation>
    </message>
    <message>
        <source>No PEM certificate found (expected &quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Kein PEM-Zertifikat gefunden („-----BEGIN CERTIFICATE-----“ erwartet).</translation>
    </message>
    <message>
        <source>A certificate in the file could not be read.</source>
        <translation>Ein Zertifikat in der Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (expires %2), SHA-256 %3</source>
        <translation>%1 (läuft ab %2), SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>otj::cli</name>
    <message>
        <source>script --profile FILE [--rollback] [-o FILE]: export the changes as PowerShell</source>
        <translation>script --profile DATEI [--rollback] [-o DATEI]: die Änderungen als PowerShell exportieren</translation>
    </message>
    <message>
        <source>report --profile FILE --format html|pdf|json -o FILE: configuration report</source>
        <translation>report --profile DATEI --format html|pdf|json -o DATEI: Konfigurationsbericht</translation>
    </message>
    <message>
        <source>rotate-password --profile FILE: new service account password</source>
        <translation>rotate-password --profile DATEI: neues Kennwort für das Dienstkonto</translation>
    </message>
    <message>
        <source>Usage: otjctl COMMAND [options]
Connects Pexip One-Touch Join to Exchange on-premises: checks, changes and reports.

Commands:
</source>
        <translation>Verwendung: otjctl BEFEHL [Optionen]
Verbindet Pexip One-Touch Join mit Exchange (lokal): Prüfungen, Änderungen und Berichte.

Befehle:
</translation>
    </message>
    <message>
        <source>  (not available in this build)</source>
        <translation>  (in dieser Version nicht verfügbar)</translation>
    </message>
    <message>
        <source>otjctl: unknown command &quot;%1&quot;.</source>
        <translation>otjctl: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>otjctl %1: not available in this build.</source>
        <translation>otjctl %1: in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cancelling… (Ctrl-C again to stop at once)</source>
        <translation>Wird abgebrochen … (erneut Strg-C, um sofort anzuhalten)</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     this help; COMMAND --help for a command&apos;s options
  -v, --version  the version

Exit codes: 0 nothing failed, 1 something failed, 2 could not run, 130 cancelled (Ctrl-C),
143 terminated (SIGTERM).
Unattended runs may pass passwords in OTJ_EXCHANGE_ADMIN_PASSWORD, OTJ_SERVICE_ACCOUNT_PASSWORD and
OTJ_PEXIP_PASSWORD (less safe than the keychain; they are removed from the environment at start).
</source>
        <translation>
Optionen:
  -h, --help     diese Hilfe; BEFEHL --help für die Optionen eines Befehls
  -v, --version  die Version

Exit-Codes: 0 nichts fehlgeschlagen, 1 etwas fehlgeschlagen, 2 konnte nicht ausgeführt werden, 130 abgebrochen (Strg-C),
143 beendet (SIGTERM).
Unbeaufsichtigte Läufe können Kennwörter in OTJ_EXCHANGE_ADMIN_PASSWORD, OTJ_SERVICE_ACCOUNT_PASSWORD und
OTJ_PEXIP_PASSWORD übergeben (weniger sicher als der Schlüsselbund; sie werden beim Start aus der Umgebung entfernt).
</translation>
    </message>
    <message>
        <source>Terminating: stopping cleanly… (a second signal stops at once)</source>
        <translation>Wird beendet: sauberes Anhalten … (ein zweites Signal beendet sofort)</translation>
    </message>
</context>
<context>
    <name>otj::cli::ApplyCommand</name>
    <message>
        <source>apply --profile FILE [--yes] [--wait-pending SECONDS] [--fix-booking-blockers]: make the planned changes and verify them</source>
        <translation>apply --profile DATEI [--yes] [--wait-pending SEKUNDEN] [--fix-booking-blockers]: die geplanten Änderungen vornehmen und prüfen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) wait for AD replication (Pending); re-checking, %1 s left.</source>
        <translation>
            <numerusform>%n Raum wartet auf die AD-Replikation (ausstehend); erneute Prüfung, noch %1 s.</numerusform>
            <numerusform>%n Räume warten auf die AD-Replikation (ausstehend); erneute Prüfung, noch %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: Exchange could not be inspected completely; nothing was changed.</source>
        <translation>Nicht angewendet: Exchange konnte nicht vollständig untersucht werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Confirmation needed: run with --yes to apply without a terminal. Nothing was changed.</source>
        <translation>Bestätigung nötig: mit --yes ausführen, um ohne Terminal anzuwenden. Nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Apply these %n change(s)? [y/N] </source>
        <translation>
            <numerusform>Diese Änderung anwenden? [y/N] </numerusform>
            <numerusform>Diese %n Änderungen anwenden? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>An earlier apply was interrupted: %1 of its changes had been made, %2 not (journal settled).</source>
        <translation>Eine frühere Anwendung wurde unterbrochen: %1 ihrer Änderungen waren vorgenommen, %2 nicht (Journal abgeglichen).</translation>
    </message>
    <message>
        <source>Nothing to change; Exchange already matches the profile.</source>
        <translation>Nichts zu ändern; Exchange entspricht bereits dem Profil.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied and verified.</source>
        <translation>
            <numerusform>%n Änderung angewendet und geprüft.</numerusform>
            <numerusform>%n Änderungen angewendet und geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied, but impersonation is not effective yet for %n room(s) (Pending: AD replication). Run otjctl validate later.</source>
        <translation>
            <numerusform>Angewendet, aber der Identitätswechsel wirkt für %n Raum noch nicht (ausstehend: AD-Replikation). Führen Sie später otjctl validate aus.</numerusform>
            <numerusform>Angewendet, aber der Identitätswechsel wirkt für %n Räume noch nicht (ausstehend: AD-Replikation). Führen Sie später otjctl validate aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation>Ausstehend:</translation>
    </message>
    <message>
        <source>Stopped: %1 failed: %2</source>
        <translation>Angehalten: %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>eine Anfrage</translation>
    </message>
    <message>
        <source>Applied: %1, not applied: %2.</source>
        <translation>Angewendet: %1, nicht angewendet: %2.</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Angewendet:</translation>
    </message>
    <message>
        <source>Not applied:</source>
        <translation>Nicht angewendet:</translation>
    </message>
    <message>
        <source>Run otjctl apply again to continue from here.</source>
        <translation>Führen Sie otjctl apply erneut aus, um von hier fortzufahren.</translation>
    </message>
    <message>
        <source>Cancelled: %1 change(s) applied, %2 not applied.</source>
        <translation>Abgebrochen: %1 Änderung(en) angewendet, %2 nicht angewendet.</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Konnte nicht angewendet werden: %1</translation>
    </message>
</context>
<context>
    <name>otj::cli::ExchangeCommand</name>
    <message>
        <source>Domain controller for every change: %1</source>
        <translation>Domänencontroller für alle Änderungen: %1</translation>
    </message>
    <message>
        <source>The rooms live in several AD domains (%1): the apply first runs Set-ADServerSettings -ViewEntireForest $true.</source>
        <translation>Die Räume liegen in mehreren AD-Domänen (%1): die Anwendung führt zuerst Set-ADServerSettings -ViewEntireForest $true aus.</translation>
    </message>
    <message>
        <source>could not inspect: %1</source>
        <translation>konnte nicht untersucht werden: %1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>(a value is taken from an object made earlier in this apply)</source>
        <translation>(ein Wert stammt von einem Objekt, das früher in dieser Anwendung erstellt wird)</translation>
    </message>
    <message>
        <source>Some steps could not be inspected (above).</source>
        <translation>Einige Schritte konnten nicht untersucht werden (oben).</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make.</source>
        <translation>
            <numerusform>%n Änderung vorzunehmen.</numerusform>
            <numerusform>%n Änderungen vorzunehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the profile (JSON)</source>
        <translation>das Profil (JSON)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>apply without asking</source>
        <translation>ohne Rückfrage anwenden</translation>
    </message>
    <message>
        <source>re-check rooms whose impersonation waits for AD replication for up to SECONDS (default 600)</source>
        <translation>Räume, deren Identitätswechsel auf die AD-Replikation wartet, bis zu SEKUNDEN erneut prüfen (Standard 600)</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>also change the room settings that stop automatic booking</source>
        <translation>auch die Raumeinstellungen ändern, die die automatische Buchung verhindern</translation>
    </message>
    <message>
        <source>otjctl %1: unexpected argument %2</source>
        <translation>otjctl %1: unerwartetes Argument %2</translation>
    </message>
    <message>
        <source>--wait-pending must be 0-86400 seconds.</source>
        <translation>--wait-pending muss 0–86400 Sekunden sein.</translation>
    </message>
    <message>
        <source>otjctl %1: --profile FILE is required.</source>
        <translation>otjctl %1: --profile DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 cannot be used; nothing was inspected.</source>
        <translation>%1 kann nicht verwendet werden; nichts wurde untersucht.</translation>
    </message>
</context>
<context>
    <name>otj::cli::PlanCommand</name>
    <message>
        <source>plan --profile FILE [--fix-booking-blockers]: show every change before it is made</source>
        <translation>plan --profile DATEI [--fix-booking-blockers]: jede Änderung zeigen, bevor sie vorgenommen wird</translation>
    </message>
    <message>
        <source>Could not inspect Exchange: %1</source>
        <translation>Exchange konnte nicht untersucht werden: %1</translation>
    </message>
</context>
<context>
    <name>otj::cli::ProfileCommand</name>
    <message>
        <source>profile new FILE | profile check FILE: write a default profile, or list a profile&apos;s problems</source>
        <translation>profile new DATEI | profile check DATEI: ein Standardprofil schreiben oder die Probleme eines Profils auflisten</translation>
    </message>
    <message>
        <source>new or check</source>
        <translation>new oder check</translation>
    </message>
    <message>
        <source>the profile (JSON)</source>
        <translation>das Profil (JSON)</translation>
    </message>
    <message>
        <source>with new: overwrite an existing file</source>
        <translation>mit new: eine vorhandene Datei überschreiben</translation>
    </message>
    <message>
        <source>usage: otjctl profile new FILE | otjctl profile check FILE</source>
        <translation>Verwendung: otjctl profile new DATEI | otjctl profile check DATEI</translation>
    </message>
    <message>
        <source>%1 exists; not overwritten (use --force).</source>
        <translation>%1 existiert; nicht überschrieben (--force verwenden).</translation>
    </message>
    <message>
        <source>Wrote %1 (profile id %2). Fill in the values marked incomplete by `otjctl profile check`.</source>
        <translation>%1 geschrieben (Profil-ID %2). Tragen Sie die Werte ein, die `otjctl profile check` als unvollständig meldet.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>note: %1 uses schema %2; it was read as schema %3 (saving upgrades it).</source>
        <translation>Hinweis: %1 verwendet Schema %2; es wurde als Schema %3 gelesen (Speichern aktualisiert es).</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::cli::ValidateCommand</name>
    <message>
        <source>the profile (JSON)</source>
        <translation>das Profil (JSON)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>print the results as JSON (validation-result schema v1)</source>
        <translation>die Ergebnisse als JSON ausgeben (validation-result-Schema v1)</translation>
    </message>
    <message>
        <source>run only these checks (id or id prefix; repeatable)</source>
        <translation>nur diese Prüfungen ausführen (ID oder ID-Präfix; wiederholbar)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>check only these rooms (repeatable)</source>
        <translation>nur diese Räume prüfen (wiederholbar)</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>least privilege: only the service account&apos;s (and Pexip&apos;s) passwords; the PowerShell-side checks are reported Skipped</source>
        <translation>minimale Rechte: nur die Kennwörter des Dienstkontos (und von Pexip); die PowerShell-seitigen Prüfungen werden als Übersprungen gemeldet</translation>
    </message>
    <message>
        <source>EWS requests in flight for the service account (1-24, default 4)</source>
        <translation>gleichzeitige EWS-Anfragen für das Dienstkonto (1–24, Standard 4)</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>otjctl validate: unexpected argument %1</source>
        <translation>otjctl validate: unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>otjctl validate: --profile FILE is required.</source>
        <translation>otjctl validate: --profile DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be used; nothing was checked.</source>
        <translation>%1 kann nicht verwendet werden; nichts wurde geprüft.</translation>
    </message>
    <message>
        <source>--concurrency must be 1-%1.</source>
        <translation>--concurrency muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Could not run the validation: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>note:  %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>fix (%1): %2</source>
        <translation>Behebung (%1): %2</translation>
    </message>
    <message>
        <source>Summary: %1 passed, %2 warnings, %3 failed, %4 skipped, %5 cancelled, %6 pending.</source>
        <translation>Zusammenfassung: %1 bestanden, %2 Warnungen, %3 fehlgeschlagen, %4 übersprungen, %5 abgebrochen, %6 ausstehend.</translation>
    </message>
    <message>
        <source>validate --profile FILE [--json] [--only ID...] [--rooms ADDR...] [--service-account-only] [--concurrency K]</source>
        <translation>validate --profile DATEI [--json] [--only ID...] [--rooms ADR...] [--service-account-only] [--concurrency K]</translation>
    </message>
    <message>
        <source>It contains a control character.</source>
        <translation>Er enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>otjctl validate: --rooms %1: %2</source>
        <translation>otjctl validate: --rooms %1: %2</translation>
    </message>
    <message>
        <source>otjctl validate: --rooms %1 is not one of the profile&apos;s rooms (rooms.selected); only those can be checked.</source>
        <translation>otjctl validate: --rooms %1 ist keiner der Räume des Profils (rooms.selected); nur diese können geprüft werden.</translation>
    </message>
</context>
<context>
    <name>otj::ews</name>
    <message>
        <source>Malformed response: the server&apos;s answer is not one an Exchange server sends (%1); nothing in it was used.</source>
        <translation>Fehlerhafte Antwort: So antwortet kein Exchange-Server (%1); nichts daraus wurde verwendet.</translation>
    </message>
</context>
<context>
    <name>otj::input</name>
    <message>
        <source>The part after @ is missing.</source>
        <translation>Der Teil nach dem @ fehlt.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no dot; use the full domain, e.g. example.com.</source>
        <translation>Die Domäne „%1“ enthält keinen Punkt; verwenden Sie die vollständige Domäne, z. B. example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation>„%1“ ist kein gültiger Domänenname.</translation>
    </message>
    <message>
        <source>The part before @ is missing.</source>
        <translation>Der Teil vor dem @ fehlt.</translation>
    </message>
    <message>
        <source>The part before @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters that are not allowed before the @.</source>
        <translation>„%1“ enthält Zeichen, die vor dem @ nicht erlaubt sind.</translation>
    </message>
    <message>
        <source>Enter a host name or address.</source>
        <translation>Geben Sie einen Hostnamen oder eine Adresse ein.</translation>
    </message>
    <message>
        <source>Enter only the host name, without http:// or https://.</source>
        <translation>Geben Sie nur den Hostnamen ein, ohne http:// oder https://.</translation>
    </message>
    <message>
        <source>The port after &quot;:&quot; must be a number from 1 to 65535.</source>
        <translation>Der Port nach „:“ muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>Ein Hostname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use letters, digits, hyphens and dots.</source>
        <translation>„%1“ ist kein gültiger Hostname: Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter only the address (name@example.com), without a display name or spaces.</source>
        <translation>Geben Sie nur die Adresse ein (name@example.com), ohne Anzeigenamen oder Leerzeichen.</translation>
    </message>
    <message>
        <source>An email address needs an @, e.g. room-101@example.com.</source>
        <translation>Eine E-Mail-Adresse braucht ein @, z. B. room-101@example.com.</translation>
    </message>
    <message>
        <source>An email address has exactly one @.</source>
        <translation>Eine E-Mail-Adresse hat genau ein @.</translation>
    </message>
    <message>
        <source>Enter a user principal name, e.g. svc-otj@example.com.</source>
        <translation>Geben Sie einen Benutzerprinzipalnamen (UPN) ein, z. B. svc-otj@example.com.</translation>
    </message>
    <message>
        <source>Use the user principal name (user@domain), not DOMAIN\user.</source>
        <translation>Verwenden Sie den Benutzerprinzipalnamen (benutzer@domäne), nicht DOMÄNE\benutzer.</translation>
    </message>
    <message>
        <source>A user principal name has the form user@domain.</source>
        <translation>Ein Benutzerprinzipalname hat die Form benutzer@domäne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid UPN suffix.</source>
        <translation>„%1“ ist kein gültiges UPN-Suffix.</translation>
    </message>
    <message>
        <source>Enter an account as user@domain or DOMAIN\user.</source>
        <translation>Geben Sie ein Konto als benutzer@domäne oder DOMÄNE\benutzer ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid NetBIOS domain name (up to 15 letters, digits, dots or hyphens).</source>
        <translation>„%1“ ist kein gültiger NetBIOS-Domänenname (bis zu 15 Buchstaben, Ziffern, Punkte oder Bindestriche).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user logon name (up to 20 characters, no spaces or &quot; / \ [ ] : ; | = , + * ? &lt; &gt; @).</source>
        <translation>„%1“ ist kein gültiger Benutzeranmeldename (bis zu 20 Zeichen, keine Leerzeichen oder &quot; / \ [ ] : ; | = , + * ? &lt; &gt; @).</translation>
    </message>
    <message>
        <source>Enter a URL.</source>
        <translation>Geben Sie eine URL ein.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Dies ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>Enter a full URL, e.g. http://mail.example.com/PowerShell/.</source>
        <translation>Geben Sie eine vollständige URL ein, z. B. http://mail.example.com/PowerShell/.</translation>
    </message>
    <message>
        <source>Enter a full URL starting with https://.</source>
        <translation>Geben Sie eine vollständige URL ein, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>Use https://: credentials are never sent over plain HTTP.</source>
        <translation>Verwenden Sie https://: Anmeldedaten werden nie über unverschlüsseltes HTTP gesendet.</translation>
    </message>
    <message>
        <source>The URL must start with https://.</source>
        <translation>Die URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>A host name is at most 253 characters long.</source>
        <translation>Ein Hostname ist höchstens 253 Zeichen lang.</translation>
    </message>
    <message>
        <source>Only an IPv6 address may be written in brackets, e.g. [2001:db8::1]:443.</source>
        <translation>Nur eine IPv6-Adresse darf in eckigen Klammern stehen, z. B. [2001:db8::1]:443.</translation>
    </message>
    <message>
        <source>Only &quot;:port&quot; may follow the closing bracket.</source>
        <translation>Nach der schließenden Klammer darf nur „:port“ folgen.</translation>
    </message>
    <message>
        <source>A host name takes at most one &quot;:port&quot;; write an IPv6 address in brackets, e.g. [2001:db8::1]:443.</source>
        <translation>Ein Hostname hat höchstens ein „:port“; schreiben Sie eine IPv6-Adresse in eckigen Klammern, z. B. [2001:db8::1]:443.</translation>
    </message>
</context>
<context>
    <name>otj::journal::ApplyLock</name>
    <message>
        <source>%1, process %2 on %3</source>
        <translation>%1, Prozess %2 auf %3</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>another program (the lock file %1 cannot be read)</source>
        <translation>ein anderes Programm (die Sperrdatei %1 kann nicht gelesen werden)</translation>
    </message>
</context>
<context>
    <name>otj::journal::RunJournal</name>
    <message>
        <source>Cannot read the run journal %1: %2</source>
        <translation>Das Ausführungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the run journal %1: %2</source>
        <translation>Das Ausführungsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) in the run journal were skipped (a write cut off).</source>
        <translation>
            <numerusform>%n unlesbare Zeile im Ausführungsjournal wurde übersprungen (ein abgebrochener Schreibvorgang).</numerusform>
            <numerusform>%n unlesbare Zeilen im Ausführungsjournal wurden übersprungen (ein abgebrochener Schreibvorgang).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::plan</name>
    <message>
        <source>«password from the keychain»</source>
        <translation>«Kennwort aus dem Schlüsselbund»</translation>
    </message>
</context>
<context>
    <name>otj::plan::ApplyRunner</name>
    <message>
        <source>Another apply to this profile is running (%1); nothing was changed.</source>
        <translation>Eine andere Anwendung auf dieses Profil läuft (%1); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 needs the service account&apos;s password (from the keychain or OTJ_SERVICE_ACCOUNT_PASSWORD); nothing was changed.</source>
        <translation>%1 benötigt das Kennwort des Dienstkontos (aus dem Schlüsselbund oder OTJ_SERVICE_ACCOUNT_PASSWORD); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: a value it needs is still missing after the change that makes it.</source>
        <translation>%1: ein benötigter Wert fehlt noch nach der Änderung, die ihn erzeugt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still differ after the apply.</source>
        <translation>
            <numerusform>%n Änderung weicht nach der Anwendung noch ab.</numerusform>
            <numerusform>%n Änderungen weichen nach der Anwendung noch ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>The result could not be read back.</source>
        <translation>Das Ergebnis konnte nicht zurückgelesen werden.</translation>
    </message>
</context>
<context>
    <name>otj::plan::ExchangeInspector</name>
    <message>
        <source>The Exchange shell is gone.</source>
        <translation>Die Exchange-Shell ist nicht mehr da.</translation>
    </message>
    <message>
        <source>The Exchange shell did not open.</source>
        <translation>Die Exchange-Shell wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No answer for this command.</source>
        <translation>Keine Antwort auf diesen Befehl.</translation>
    </message>
</context>
<context>
    <name>otj::shell::ExchangeShell</name>
    <message>
        <source>The PowerShell program was stopped or crashed.</source>
        <translation>Das PowerShell-Programm wurde beendet oder ist abgestürzt.</translation>
    </message>
    <message>
        <source>The PowerShell program ended (exit code %1).</source>
        <translation>Das PowerShell-Programm wurde beendet (Exitcode %1).</translation>
    </message>
    <message>
        <source>The session could not be opened.</source>
        <translation>Die Sitzung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>Die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Opening the Exchange session took longer than %1 s.</source>
        <translation>Das Öffnen der Exchange-Sitzung dauerte länger als %1 s.</translation>
    </message>
    <message>
        <source>Exchange did not answer within %1 s; the PowerShell program was stopped.</source>
        <translation>Exchange hat nicht innerhalb von %1 s geantwortet; das PowerShell-Programm wurde beendet.</translation>
    </message>
    <message>
        <source>The PowerShell program stopped during a change: the change may or may not have been made. Read the current state again before retrying.</source>
        <translation>Das PowerShell-Programm wurde während einer Änderung beendet: Die Änderung wurde vielleicht ausgeführt, vielleicht nicht. Lesen Sie den aktuellen Zustand erneut, bevor Sie es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The session was closed.</source>
        <translation>Die Sitzung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>otj::shell::PowerShellHost</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the bridge script is missing from this build</source>
        <translation>das Brückenskript fehlt in diesem Build</translation>
    </message>
    <message>
        <source>the bridge script changed after it was written</source>
        <translation>das Brückenskript wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>Could not prepare the bridge script: %1</source>
        <translation>Das Brückenskript konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The PowerShell program sent a line longer than %1 bytes.</source>
        <translation>Das PowerShell-Programm hat eine Zeile gesendet, die länger als %1 Byte ist.</translation>
    </message>
</context>
<context>
    <name>otj::ui::ApplyPanel</name>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not run (an earlier change failed)</source>
        <translation>Nicht ausgeführt (eine frühere Änderung schlug fehl)</translation>
    </message>
    <message>
        <source>Not run (stopped)</source>
        <translation>Nicht ausgeführt (angehalten)</translation>
    </message>
    <message>
        <source>Apply no&amp;w</source>
        <translation>&amp;Jetzt anwenden</translation>
    </message>
    <message>
        <source>Stop a&amp;fter the current change</source>
        <translation>Nach der laufenden Änderung an&amp;halten</translation>
    </message>
    <message>
        <source>Changes applied</source>
        <translation>Angewendete Änderungen</translation>
    </message>
    <message>
        <source>Progress of each change</source>
        <translation>Fortschritt jeder Änderung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Stopping after the change being sent…</source>
        <translation>Wird nach der gerade gesendeten Änderung angehalten…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Applied: %1. Failed: %2. Not run: %3.</source>
        <translation>Angewendet: %1. Fehlgeschlagen: %2. Nicht ausgeführt: %3.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Change %1 of %2: %3</source>
        <translation>Änderung %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>otj::ui::AuthenticationPage</name>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>How the service account signs in to Exchange Web Services. Pexip&apos;s integration uses the same method.</source>
        <translation>Wie sich das Dienstkonto bei Exchange Web Services anmeldet. Die Pexip-Integration verwendet dieselbe Methode.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>EWS &amp;authentication:</source>
        <translation>EWS-&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>The same setting as on the Connections page.</source>
        <translation>Dieselbe Einstellung wie auf der Seite Verbindungen.</translation>
    </message>
    <message>
        <source>Pexip integration:</source>
        <translation>Pexip-Integration:</translation>
    </message>
    <message>
        <source>Checking and enabling this method on the EWS virtual directory (and any authentication policy) needs the Exchange PowerShell connection, not available in this build.</source>
        <translation>Das Prüfen und Aktivieren dieser Methode im virtuellen EWS-Verzeichnis (und in Authentifizierungsrichtlinien) braucht die Exchange-PowerShell-Verbindung, die in dieser Version nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Basic (authentication_method %1)</source>
        <translation>Basic (authentication_method %1)</translation>
    </message>
    <message>
        <source>NTLM (authentication_method %1)</source>
        <translation>NTLM (authentication_method %1)</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: enable the authentication method (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden: Authentifizierungsmethode aktivieren (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt anwenden: Authentifizierungsmethode aktivieren (%n Änderungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::ui::CalendarProcessingPage</name>
    <message>
        <source>Calendar processing</source>
        <translation>Kalenderverarbeitung</translation>
    </message>
    <message>
        <source>The Set-CalendarProcessing values every OTJ room should have. Only rooms that differ are changed.</source>
        <translation>Die Set-CalendarProcessing-Werte, die jeder OTJ-Raum haben soll. Nur abweichende Räume werden geändert.</translation>
    </message>
    <message>
        <source>AutoAccept: accept or decline automatically (recommended)</source>
        <translation>AutoAccept: automatisch annehmen oder ablehnen (empfohlen)</translation>
    </message>
    <message>
        <source>AutoUpdate: tentative only, a delegate decides</source>
        <translation>AutoUpdate: nur mit Vorbehalt, ein Stellvertreter entscheidet</translation>
    </message>
    <message>
        <source>None: no processing</source>
        <translation>None: keine Verarbeitung</translation>
    </message>
    <message>
        <source>&amp;AutomateProcessing:</source>
        <translation>&amp;AutomateProcessing:</translation>
    </message>
    <message>
        <source>DeleteComm&amp;ents: remove the meeting body (must be off, or the join link is lost)</source>
        <translation>DeleteComm&amp;ents: Besprechungstext entfernen (muss aus sein, sonst geht der Teilnahmelink verloren)</translation>
    </message>
    <message>
        <source>DeleteS&amp;ubject: remove the subject</source>
        <translation>DeleteS&amp;ubject: Betreff entfernen</translation>
    </message>
    <message>
        <source>AddOrgani&amp;zerToSubject: replace the subject with the organizer&apos;s name</source>
        <translation>AddOrgani&amp;zerToSubject: Betreff durch den Namen des Organisators ersetzen</translation>
    </message>
    <message>
        <source>Remove&amp;PrivateProperty: clear the private flag of meetings</source>
        <translation>Remove&amp;PrivateProperty: Privat-Kennzeichen von Besprechungen entfernen</translation>
    </message>
    <message>
        <source>Leave each room&apos;s value unchanged</source>
        <translation>Wert jedes Raums unverändert lassen</translation>
    </message>
    <message>
        <source>True: accept invitations from outside the organization</source>
        <translation>True: Einladungen von außerhalb der Organisation annehmen</translation>
    </message>
    <message>
        <source>False: reject invitations from outside the organization</source>
        <translation>False: Einladungen von außerhalb der Organisation ablehnen</translation>
    </message>
    <message>
        <source>ProcessE&amp;xternalMeetingMessages:</source>
        <translation>ProcessE&amp;xternalMeetingMessages:</translation>
    </message>
    <message>
        <source>Optional. True lets rooms accept meetings forwarded from outside the organization.</source>
        <translation>Optional. True lässt Räume Besprechungen annehmen, die von außerhalb der Organisation weitergeleitet wurden.</translation>
    </message>
    <message>
        <source>Reading and setting calendar processing on the rooms needs the Exchange PowerShell connection, not available in this build. The values are kept in the profile.</source>
        <translation>Das Lesen und Setzen der Kalenderverarbeitung der Räume braucht die Exchange-PowerShell-Verbindung, die in dieser Version nicht verfügbar ist. Die Werte werden im Profil gespeichert.</translation>
    </message>
    <message>
        <source>AutomateProcessing is not AutoAccept: rooms will not accept meetings by themselves.</source>
        <translation>AutomateProcessing ist nicht AutoAccept: Die Räume nehmen Besprechungen nicht selbst an.</translation>
    </message>
    <message>
        <source>DeleteComments is on: the join link in the meeting body is removed.</source>
        <translation>DeleteComments ist an: Der Teilnahmelink im Besprechungstext wird entfernt.</translation>
    </message>
    <message>
        <source>Also change the settings that st&amp;op auto-accept or bookings (shown as warnings otherwise)</source>
        <translation>Auch die Einstellungen ändern, die automatisches Annehmen oder Buchungen verhindern (sonst als Warnungen &amp;gezeigt)</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: set calendar processing on %n room(s)</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden: Kalenderverarbeitung für %n Raum setzen</numerusform>
            <numerusform>&amp;Jetzt anwenden: Kalenderverarbeitung für %n Räume setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::ui::ConnectionsPage</name>
    <message>
        <source>C&amp;lear CA</source>
        <translation>CA &amp;leeren</translation>
    </message>
    <message>
        <source>Use for this session onl&amp;y</source>
        <translation>Nur für diese Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Where Exchange and Pexip Infinity are, and the accounts the wizard and One-Touch Join use.</source>
        <translation>Wo Exchange und Pexip Infinity zu finden sind und welche Konten der Assistent und One-Touch Join verwenden.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Microsoft Exchange</source>
        <translation>Microsoft Exchange</translation>
    </message>
    <message>
        <source>EWS URL, as typed</source>
        <translation>EWS-URL, wie eingegeben</translation>
    </message>
    <message>
        <source>Autodiscover from an email address</source>
        <translation>Autodiscover ab einer E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Autodiscover URL, as typed</source>
        <translation>Autodiscover-URL, wie eingegeben</translation>
    </message>
    <message>
        <source>EWS &amp;discovery:</source>
        <translation>EWS-&amp;Ermittlung:</translation>
    </message>
    <message>
        <source>&amp;EWS URL:</source>
        <translation>E&amp;WS-URL:</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message>
        <source>Autodiscover &amp;from address:</source>
        <translation>Autodiscover ab &amp;Adresse:</translation>
    </message>
    <message>
        <source>Autodiscover address</source>
        <translation>Autodiscover-Adresse</translation>
    </message>
    <message>
        <source>Autodiscover &amp;URL:</source>
        <translation>Autodiscover-&amp;URL:</translation>
    </message>
    <message>
        <source>Autodiscover URL</source>
        <translation>Autodiscover-URL</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>EWS au&amp;thentication:</source>
        <translation>EWS-Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>Pexip&apos;s integration uses the same method.</source>
        <translation>Die Pexip-Integration verwendet dieselbe Methode.</translation>
    </message>
    <message>
        <source>Remote &amp;PowerShell URI:</source>
        <translation>Remote-&amp;PowerShell-URI:</translation>
    </message>
    <message>
        <source>Usually http://&lt;server&gt;/PowerShell/ with Kerberos.</source>
        <translation>Meist http://&lt;server&gt;/PowerShell/ mit Kerberos.</translation>
    </message>
    <message>
        <source>Remote PowerShell URI</source>
        <translation>Remote-PowerShell-URI</translation>
    </message>
    <message>
        <source>Exchange &amp;admin account:</source>
        <translation>Exchange-Ad&amp;ministratorkonto:</translation>
    </message>
    <message>
        <source>UPN or DOMAIN\user in Organization Management.</source>
        <translation>UPN oder DOMÄNE\benutzer in Organization Management.</translation>
    </message>
    <message>
        <source>Exchange admin account</source>
        <translation>Exchange-Administratorkonto</translation>
    </message>
    <message>
        <source>Admin pass&amp;word:</source>
        <translation>Administrator&amp;kennwort:</translation>
    </message>
    <message>
        <source>One-Touch Join service account</source>
        <translation>Dienstkonto für One-Touch Join</translation>
    </message>
    <message>
        <source>Servi&amp;ce account UPN:</source>
        <translation>&amp;UPN des Dienstkontos:</translation>
    </message>
    <message>
        <source>Service account UPN</source>
        <translation>UPN des Dienstkontos</translation>
    </message>
    <message>
        <source>Service account passw&amp;ord:</source>
        <translation>Kennwort des &amp;Dienstkontos:</translation>
    </message>
    <message>
        <source>Pexip Infinity</source>
        <translation>Pexip Infinity</translation>
    </message>
    <message>
        <source>&amp;Management node:</source>
        <translation>Ma&amp;nagement-Knoten:</translation>
    </message>
    <message>
        <source>Management node</source>
        <translation>Management-Knoten</translation>
    </message>
    <message>
        <source>Pe&amp;xip admin user:</source>
        <translation>Pe&amp;xip-Administratorbenutzer:</translation>
    </message>
    <message>
        <source>Pexip admin user</source>
        <translation>Pexip-Administratorbenutzer</translation>
    </message>
    <message>
        <source>Pex&amp;ip admin password:</source>
        <translation>Pex&amp;ip-Administratorkennwort:</translation>
    </message>
    <message>
        <source>Certificate trust</source>
        <translation>Zertifikatsvertrauen</translation>
    </message>
    <message>
        <source>If Exchange does not use a publicly trusted certificate, choose the PEM file of the CA that issued it. Pexip needs the same CA uploaded.</source>
        <translation>Wenn Exchange kein öffentlich vertrauenswürdiges Zertifikat verwendet, wählen Sie die PEM-Datei der ausstellenden CA. Dieselbe CA muss in Pexip hochgeladen werden.</translation>
    </message>
    <message>
        <source>C&amp;hoose CA certificate…</source>
        <translation>CA-Zertifikat aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not valid: %1 could not be read (%2).</source>
        <translation>Ungültig: %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Not valid: %1: %2</source>
        <translation>Ungültig: %1: %2</translation>
    </message>
    <message>
        <source>None: the Exchange certificate must be publicly trusted.</source>
        <translation>Keine: Das Exchange-Zertifikat muss öffentlich vertrauenswürdig sein.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>The stored CA certificate cannot be read: %1</source>
        <translation>Das gespeicherte CA-Zertifikat kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (gültig bis %2)</translation>
    </message>
    <message>
        <source>Passwords cannot be stored: no credential store.</source>
        <translation>Kennwörter können nicht gespeichert werden: kein Anmeldedatenspeicher.</translation>
    </message>
    <message>
        <source>Passwords are kept in: %1. They are never written to the profile.</source>
        <translation>Kennwörter werden aufbewahrt in: %1. Sie werden nie in das Profil geschrieben.</translation>
    </message>
    <message>
        <source>Passwords are kept in: %1. They are not saved anywhere and will be asked for again next time.</source>
        <translation>Kennwörter werden aufbewahrt in: %1. Sie werden nirgends gespeichert und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Stored; leave empty to keep it</source>
        <translation>Gespeichert; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>The system keychain is not available, so passwords cannot be stored securely.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher können Kennwörter nicht sicher gespeichert werden.</translation>
    </message>
    <message>
        <source>You can keep the passwords in memory for this session only: they are not written anywhere and you will be asked for them again next time.</source>
        <translation>Sie können die Kennwörter nur für diese Sitzung im Speicher behalten: Sie werden nirgends geschrieben und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Passwords could not be stored:
%1</source>
        <translation>Die Kennwörter konnten nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Exchange CA certificates:</source>
        <translation>CA-Zertifikate für Exchange:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprints:</source>
        <translation>SHA-256-Fingerabdrücke:</translation>
    </message>
    <message>
        <source>%1

This program receives the Exchange admin password, so it is a setting of this computer (or OTJ_POWERSHELL), never of a profile.</source>
        <translation>%1

Dieses Programm erhält das Exchange-Administratorkennwort; es ist daher eine Einstellung dieses Computers (oder OTJ_POWERSHELL), niemals eines Profils.</translation>
    </message>
    <message>
        <source>Never taken from a profile.</source>
        <translation>Wird nie aus einem Profil übernommen.</translation>
    </message>
    <message>
        <source>Source: %1; never taken from a profile.</source>
        <translation>Quelle: %1; wird nie aus einem Profil übernommen.</translation>
    </message>
    <message>
        <source>PowerShell on this compute&amp;r:</source>
        <translation>PowerShell auf diesem &amp;Computer:</translation>
    </message>
    <message>
        <source>The Windows user running this wizard (Kerberos)</source>
        <translation>Der Windows-Benutzer, der diesen Assistenten ausführt (Kerberos)</translation>
    </message>
    <message>
        <source>The Exchange admin account below</source>
        <translation>Das Exchange-Administratorkonto unten</translation>
    </message>
    <message>
        <source>Remote PowerShell si&amp;gn-in:</source>
        <translation>Remote-PowerShell-Anmeldun&amp;g:</translation>
    </message>
</context>
<context>
    <name>otj::ui::ExchangeSession</name>
    <message>
        <source>Script export is not available in this build.</source>
        <translation>Der Skriptexport ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>otj::ui::ImpersonationPage</name>
    <message>
        <source>Impersonation</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>The service account gets ApplicationImpersonation, limited by a management scope to a distribution group that holds the OTJ rooms.</source>
        <translation>Das Dienstkonto erhält ApplicationImpersonation, durch einen Verwaltungsbereich auf eine Verteilergruppe mit den OTJ-Räumen beschränkt.</translation>
    </message>
    <message>
        <source>&amp;Distribution group:</source>
        <translation>&amp;Verteilergruppe:</translation>
    </message>
    <message>
        <source>Holds the selected rooms; created if it does not exist.</source>
        <translation>Enthält die ausgewählten Räume; wird angelegt, falls sie nicht existiert.</translation>
    </message>
    <message>
        <source>Distribution group</source>
        <translation>Verteilergruppe</translation>
    </message>
    <message>
        <source>Management sc&amp;ope:</source>
        <translation>Verwaltungs&amp;bereich:</translation>
    </message>
    <message>
        <source>Management scope</source>
        <translation>Verwaltungsbereich</translation>
    </message>
    <message>
        <source>&amp;Role assignment:</source>
        <translation>&amp;Rollenzuweisung:</translation>
    </message>
    <message>
        <source>Role assignment</source>
        <translation>Rollenzuweisung</translation>
    </message>
    <message>
        <source>Reading and creating the distribution group, the scope and the role assignment needs the Exchange PowerShell connection, not available in this build. Your choices are kept in the profile.</source>
        <translation>Das Lesen und Anlegen der Verteilergruppe, des Bereichs und der Rollenzuweisung braucht die Exchange-PowerShell-Verbindung, die in dieser Version nicht verfügbar ist. Ihre Auswahl wird im Profil gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: set up impersonation scoped to the rooms (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden: Identitätswechsel auf die Räume begrenzt einrichten (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt anwenden: Identitätswechsel auf die Räume begrenzt einrichten (%n Änderungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>otj::ui::PexipIntegrationPage</name>
    <message>
        <source>Pexip integration</source>
        <translation>Pexip-Integration</translation>
    </message>
    <message>
        <source>The One-Touch Join Exchange integration on the Pexip Infinity management node.</source>
        <translation>Die One-Touch-Join-Exchange-Integration auf dem Management-Knoten von Pexip Infinity.</translation>
    </message>
    <message>
        <source>Integration na&amp;me:</source>
        <translation>Integrations&amp;name:</translation>
    </message>
    <message>
        <source>Integration name</source>
        <translation>Integrationsname</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besc&amp;hreibung:</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>Find items request quota</source>
        <translation>Kontingent für FindItem-Anfragen</translation>
    </message>
    <message>
        <source>Find items &amp;quota:</source>
        <translation>FindItem-&amp;Kontingent:</translation>
    </message>
    <message>
        <source>Pexip&apos;s cap on EWS FindItem requests per 24 hours (10 000 – 10 000 000).</source>
        <translation>Pexips Obergrenze für EWS-FindItem-Anfragen pro 24 Stunden (10 000 – 10 000 000).</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Disable the &amp;web proxy for this integration</source>
        <translation>&amp;Webproxy für diese Integration deaktivieren</translation>
    </message>
    <message>
        <source>Creating or updating the integration on the management node needs the Pexip connection, not available in this build. The values are kept in the profile.</source>
        <translation>Das Anlegen oder Aktualisieren der Integration auf dem Management-Knoten braucht die Pexip-Verbindung, die in dieser Version nicht verfügbar ist. Die Werte werden im Profil gespeichert.</translation>
    </message>
    <message>
        <source>%1, following the EWS setting</source>
        <translation>%1, entsprechend der EWS-Einstellung</translation>
    </message>
</context>
<context>
    <name>otj::ui::PlanDiffView</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>angelegt: %1</translation>
    </message>
    <message>
        <source>(a value is known only once an earlier change is made)</source>
        <translation>(ein Wert steht erst nach einer früheren Änderung fest)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The step as a whole</source>
        <translation>Der Schritt als Ganzes</translation>
    </message>
</context>
<context>
    <name>otj::ui::PowerShellView</name>
    <message>
        <source>Cop&amp;y PowerShell</source>
        <translation>PowerShell kop&amp;ieren</translation>
    </message>
    <message>
        <source>Expor&amp;t script…</source>
        <translation>Skript expor&amp;tieren…</translation>
    </message>
    <message>
        <source>PowerShe&amp;ll that apply sends (the password is never shown):</source>
        <translation>PowerShe&amp;ll, die beim Anwenden gesendet wird (das Passwort wird nie gezeigt):</translation>
    </message>
    <message>
        <source>PowerShell commands</source>
        <translation>PowerShell-Befehle</translation>
    </message>
    <message>
        <source>Save a PowerShell script that checks each setting and changes only what differs</source>
        <translation>Ein PowerShell-Skript speichern, das jede Einstellung prüft und nur Abweichendes ändert</translation>
    </message>
    <message>
        <source># Nothing to change.</source>
        <translation># Nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>otj::ui::PrerequisitesPage</name>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>What must be true before One-Touch Join can be set up. The checks only read; they change nothing.</source>
        <translation>Was erfüllt sein muss, bevor One-Touch Join eingerichtet werden kann. Die Prüfungen lesen nur; sie ändern nichts.</translation>
    </message>
    <message>
        <source>P1. Every OTJ room has a room mailbox with an email address.
P2. Automatic calendar processing is on for each room.
P3. If Safe Links is used, URLs in invitations to the rooms are not rewritten.
P4. The Exchange admin center and Exchange Management PowerShell can be reached.
P5. Exchange uses a publicly trusted certificate, or you chose its CA on the Connections page.</source>
        <translation>P1. Jeder OTJ-Raum hat ein Raumpostfach mit einer E-Mail-Adresse.
P2. Die automatische Kalenderverarbeitung ist für jeden Raum aktiv.
P3. Falls Safe Links verwendet wird, werden URLs in Einladungen an die Räume nicht umgeschrieben.
P4. Das Exchange Admin Center und Exchange Management PowerShell sind erreichbar.
P5. Exchange verwendet ein öffentlich vertrauenswürdiges Zertifikat, oder Sie haben seine CA auf der Seite Verbindungen gewählt.</translation>
    </message>
</context>
<context>
    <name>otj::ui::RoomDirectoryModel</name>
    <message>
        <source>Room mailbox</source>
        <translation>Raumpostfach</translation>
    </message>
    <message>
        <source>Room mailbox in Exchange Online: use Pexip&apos;s Graph integration for it</source>
        <translation>Raumpostfach in Exchange Online: dafür die Graph-Integration von Pexip verwenden</translation>
    </message>
    <message>
        <source>Equipment mailbox, not a room</source>
        <translation>Gerätepostfach, kein Raum</translation>
    </message>
    <message>
        <source>User or shared mailbox, not a room</source>
        <translation>Benutzer- oder freigegebenes Postfach, kein Raum</translation>
    </message>
    <message>
        <source>Distribution group or room list, not a room</source>
        <translation>Verteilergruppe oder Raumliste, kein Raum</translation>
    </message>
    <message>
        <source>Mail contact or mail user, not a room here</source>
        <translation>E-Mail-Kontakt oder E-Mail-Benutzer, hier kein Raum</translation>
    </message>
    <message>
        <source>Exchange does not know this address</source>
        <translation>Exchange kennt diese Adresse nicht</translation>
    </message>
    <message>
        <source>%1: cannot be selected. %2</source>
        <translation>%1: kann nicht ausgewählt werden. %2</translation>
    </message>
    <message>
        <source>%1, cannot be selected: %2</source>
        <translation>%1, kann nicht ausgewählt werden: %2</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, ausgewählt</translation>
    </message>
    <message>
        <source>%1, not selected</source>
        <translation>%1, nicht ausgewählt</translation>
    </message>
    <message>
        <source>Added by hand, not checked against Exchange yet</source>
        <translation>Von Hand hinzugefügt, noch nicht mit Exchange abgeglichen</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Room lists</source>
        <translation>Raumlisten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>otj::ui::RoomsPage</name>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Choose the room mailboxes that One-Touch Join serves. Only the checked rooms are set up.</source>
        <translation>Wählen Sie die Raumpostfächer, die One-Touch Join bedient. Nur die angehakten Räume werden eingerichtet.</translation>
    </message>
    <message>
        <source>Room discovery needs the Exchange PowerShell connection, not available in this build. Add rooms by address, paste a list or import a CSV file (for example from Get-Mailbox -RecipientTypeDetails RoomMailbox | Export-Csv).</source>
        <translation>Das Ermitteln von Räumen braucht die Exchange-PowerShell-Verbindung, die in dieser Version nicht verfügbar ist. Fügen Sie Räume per Adresse hinzu, fügen Sie eine Liste ein oder importieren Sie eine CSV-Datei (zum Beispiel aus Get-Mailbox -RecipientTypeDetails RoomMailbox | Export-Csv).</translation>
    </message>
    <message>
        <source>Room &amp;address:</source>
        <translation>Raum&amp;adresse:</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>Liste &amp;einfügen</translation>
    </message>
    <message>
        <source>Add every address on the clipboard</source>
        <translation>Alle Adressen aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Suc&amp;hen:</translation>
    </message>
    <message>
        <source>R&amp;ooms:</source>
        <translation>&amp;Räume:</translation>
    </message>
    <message>
        <source>Chec&amp;k all shown</source>
        <translation>Alle angezeigten an&amp;haken</translation>
    </message>
    <message>
        <source>&amp;Uncheck all shown</source>
        <translation>Alle angezeigten a&amp;bhaken</translation>
    </message>
    <message>
        <source>Import rooms from CSV</source>
        <translation>Räume aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No room is selected.</source>
        <translation>Kein Raum ist ausgewählt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rooms added: %1.</source>
        <translation>Hinzugefügte Räume: %1.</translation>
    </message>
    <message>
        <source>Already in the list: %1.</source>
        <translation>Bereits in der Liste: %1.</translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>Nicht hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 of %2 rooms selected, %3 shown</source>
        <translation>%1 von %2 Räumen ausgewählt, %3 angezeigt</translation>
    </message>
    <message>
        <source>Dis&amp;cover rooms</source>
        <translation>Räume &amp;ermitteln</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Read every room mailbox from Exchange (one Get-Mailbox call)</source>
        <translation>Alle Raumpostfächer aus Exchange lesen (ein Get-Mailbox-Aufruf)</translation>
    </message>
    <message>
        <source>Part of a name, address, Office, City or room list</source>
        <translation>Teil eines Namens, einer Adresse, von Office, Ort oder Raumliste</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Check a room to set it up. Space toggles the current room. Greyed-out rooms cannot be served on-premises; the Status column says why.</source>
        <translation>Einen Raum ankreuzen, um ihn einzurichten. Die Leertaste schaltet den aktuellen Raum um. Ausgegraute Räume können lokal nicht bedient werden; die Spalte Status sagt, warum.</translation>
    </message>
    <message>
        <source>Select every room shown that One-Touch Join on-premises can serve</source>
        <translation>Jeden angezeigten Raum auswählen, den One-Touch Join lokal bedienen kann</translation>
    </message>
    <message>
        <source>Discovery cancelled.</source>
        <translation>Ermittlung abgebrochen.</translation>
    </message>
    <message>
        <source>Reading the room mailboxes from Exchange…</source>
        <translation>Raumpostfächer werden aus Exchange gelesen…</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Ermittlung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exchange has %1 room mailboxes: %2 on-premises, %3 elsewhere.</source>
        <translation>Exchange hat %1 Raumpostfächer: %2 lokal, %3 anderswo.</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <source>Room list: %1</source>
        <translation>Raumliste: %1</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Ort: %1</translation>
    </message>
</context>
<context>
    <name>otj::ui::ServiceAccountPage</name>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>One-Touch Join reads the room calendars with its own service account, separate from any VMR Scheduling account.</source>
        <translation>One-Touch Join liest die Raumkalender mit einem eigenen Dienstkonto, getrennt von einem Konto für VMR Scheduling.</translation>
    </message>
    <message>
        <source>&amp;Create a new mailbox-enabled account</source>
        <translation>Neues Konto mit Postfach an&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Adopt an existing account</source>
        <translation>&amp;Vorhandenes Konto übernehmen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Organizational &amp;unit:</source>
        <translation>Organisations&amp;einheit:</translation>
    </message>
    <message>
        <source>Optional; empty uses Exchange&apos;s default.</source>
        <translation>Optional; leer verwendet die Exchange-Vorgabe.</translation>
    </message>
    <message>
        <source>Creating or checking the service account needs the Exchange PowerShell connection, not available in this build. Your choices are kept in the profile.</source>
        <translation>Das Anlegen oder Prüfen des Dienstkontos braucht die Exchange-PowerShell-Verbindung, die in dieser Version nicht verfügbar ist. Ihre Auswahl wird im Profil gespeichert.</translation>
    </message>
    <message>
        <source>Service account: not set yet (enter its UPN on the Connections page).</source>
        <translation>Dienstkonto: noch nicht gesetzt (geben Sie den UPN auf der Seite Verbindungen ein).</translation>
    </message>
    <message>
        <source>Service account: %1</source>
        <translation>Dienstkonto: %1</translation>
    </message>
    <message>
        <source>Gene&amp;rate a strong password</source>
        <translation>Sta&amp;rkes Passwort erzeugen</translation>
    </message>
    <message>
        <source>Copy th&amp;e password</source>
        <translation>Passwort kopi&amp;eren</translation>
    </message>
    <message>
        <source>%1 characters from letters, digits and - _ . : ! # % + = ? @, every kind at least once (Active Directory&apos;s default complexity)</source>
        <translation>%1 Zeichen aus Buchstaben, Ziffern und - _ . : ! # % + = ? @, jede Art mindestens einmal (Standardkomplexität von Active Directory)</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>not generated in this session</source>
        <translation>in dieser Sitzung nicht erzeugt</translation>
    </message>
    <message>
        <source>Copied as a secret (kept out of clipboard history where possible) and cleared from the clipboard after 30 seconds</source>
        <translation>Als Geheimnis kopiert (wo möglich aus dem Zwischenablageverlauf herausgehalten) und nach 30 Sekunden aus der Zwischenablage gelöscht</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 seconds.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 Sekunden geleert.</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: create the service account (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden: Dienstkonto anlegen (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt anwenden: Dienstkonto anlegen (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w: update the service account (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden: Dienstkonto aktualisieren (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt anwenden: Dienstkonto aktualisieren (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>An adopted account keeps its password: enter it on the Connections page.</source>
        <translation>Ein übernommenes Konto behält sein Passwort: auf der Seite Verbindungen eingeben.</translation>
    </message>
    <message>
        <source>Replace the stored password?</source>
        <translation>Gespeichertes Passwort ersetzen?</translation>
    </message>
    <message>
        <source>A password for this service account is already stored. A new one replaces it; if the account already exists in Exchange with the old password, One-Touch Join can no longer sign in until you set the new one there too.</source>
        <translation>Für dieses Dienstkonto ist bereits ein Passwort gespeichert. Ein neues ersetzt es; gibt es das Konto in Exchange schon mit dem alten Passwort, kann sich One-Touch Join nicht mehr anmelden, bis Sie das neue auch dort setzen.</translation>
    </message>
    <message>
        <source>Storing the password…</source>
        <translation>Passwort wird gespeichert…</translation>
    </message>
    <message>
        <source>Shown once: copy it now if you need it. Stored in %1.</source>
        <translation>Nur einmal gezeigt: jetzt kopieren, falls Sie es brauchen. Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Shown once: copy it now if you need it. Kept for this session only (%1): nothing is saved, you will need it again next time.</source>
        <translation>Nur einmal gezeigt: jetzt kopieren, falls Sie es brauchen. Nur für diese Sitzung behalten (%1): nichts wird gespeichert, beim nächsten Mal wird es wieder gebraucht.</translation>
    </message>
    <message>
        <source>The password could not be stored: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>stored; generate a new one to see a password again</source>
        <translation>gespeichert; ein neues erzeugen, um wieder ein Passwort zu sehen</translation>
    </message>
</context>
<context>
    <name>otj::ui::SetupWizard</name>
    <message>
        <source>OTJ Exchange Setup</source>
        <translation>OTJ Exchange Setup</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the profile (no passwords are written to it)</source>
        <translation>Profil speichern (es werden keine Kennwörter hineingeschrieben)</translation>
    </message>
    <message>
        <source>Save a copy of the profile under a new profile id</source>
        <translation>Eine Kopie des Profils unter einer neuen Profil-ID speichern</translation>
    </message>
    <message>
        <source>Profile: new, not saved yet</source>
        <translation>Profil: neu, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Passwords: this session only</source>
        <translation>Kennwörter: nur diese Sitzung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Save profile as</source>
        <translation>Profil speichern unter</translation>
    </message>
    <message>
        <source>Setup profiles (*.json);;All files (*)</source>
        <translation>Einrichtungsprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved as a new profile</source>
        <translation>Als neues Profil gespeichert</translation>
    </message>
    <message>
        <source>The profile was saved as a new profile with its own id (%1). Passwords stored for the previous profile (%2) stay with that profile; enter them again on the Connections page to store them for this one.</source>
        <translation>Das Profil wurde als neues Profil mit eigener ID (%1) gespeichert. Für das vorherige Profil (%2) gespeicherte Kennwörter bleiben bei jenem Profil; geben Sie sie auf der Seite Verbindungen erneut ein, um sie für dieses zu speichern.</translation>
    </message>
    <message>
        <source>The profile has unsaved changes. Save them before closing?</source>
        <translation>Das Profil hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>otj::ui::StepActionPanel</name>
    <message>
        <source>Inspect a&amp;gain</source>
        <translation>Er&amp;neut lesen</translation>
    </message>
    <message>
        <source>Read this step&apos;s objects from Exchange again (only Get-* commands)</source>
        <translation>Die Objekte dieses Schritts erneut aus Exchange lesen (nur Get-*-Befehle)</translation>
    </message>
    <message>
        <source>Planned c&amp;hanges (what is there now, and what it will be):</source>
        <translation>Geplante Än&amp;derungen (was jetzt da ist und was es wird):</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>What exists in Exchange now</source>
        <translation>Was jetzt in Exchange vorhanden ist</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Now in Exchange</source>
        <translation>Jetzt in Exchange</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Progress and verification</source>
        <translation>Fortschritt und Überprüfung</translation>
    </message>
    <message>
        <source>The settings changed since Exchange was read: inspect again.</source>
        <translation>Die Einstellungen haben sich seit dem Lesen aus Exchange geändert: erneut lesen.</translation>
    </message>
    <message>
        <source>Script export is not available in this build.</source>
        <translation>Der Skriptexport ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Not available in this build: no Exchange PowerShell connection.</source>
        <translation>In diesem Build nicht verfügbar: keine Exchange-PowerShell-Verbindung.</translation>
    </message>
    <message>
        <source>Not read from Exchange yet.</source>
        <translation>Noch nicht aus Exchange gelesen.</translation>
    </message>
    <message>
        <source>Reading %1 from Exchange…</source>
        <translation>%1 wird aus Exchange gelesen…</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Exists, as wanted</source>
        <translation>Vorhanden, wie gewünscht</translation>
    </message>
    <message>
        <source>Exists, differs</source>
        <translation>Vorhanden, weicht ab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Apply no&amp;w (%n change(s))</source>
        <translation>
            <numerusform>&amp;Jetzt anwenden (%n Änderung)</numerusform>
            <numerusform>&amp;Jetzt anwenden (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not read this step from Exchange: %1</source>
        <translation>Dieser Schritt konnte nicht aus Exchange gelesen werden: %1</translation>
    </message>
    <message>
        <source> Warnings: %1 (see the planned changes).</source>
        <translation> Warnungen: %1 (siehe geplante Änderungen).</translation>
    </message>
    <message>
        <source>Already configured — 0 changes.</source>
        <translation>Bereits konfiguriert — 0 Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to make. Nothing has been changed yet.</source>
        <translation>
            <numerusform>%n Änderung vorzunehmen. Noch wurde nichts geändert.</numerusform>
            <numerusform>%n Änderungen vorzunehmen. Noch wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird angewendet…</numerusform>
            <numerusform>%n Änderungen werden angewendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 changes applied. Inspect again to continue.</source>
        <translation>Angehalten: %1 von %2 Änderungen angewendet. Erneut lesen, um fortzufahren.</translation>
    </message>
    <message>
        <source>A change failed; the changes after it were not sent. The list says why.</source>
        <translation>Eine Änderung schlug fehl; die folgenden wurden nicht gesendet. Die Liste sagt, warum.</translation>
    </message>
    <message>
        <source>Applied. Verifying…</source>
        <translation>Angewendet. Wird überprüft…</translation>
    </message>
    <message>
        <source>Applied and verified.</source>
        <translation>Angewendet und überprüft.</translation>
    </message>
    <message>
        <source>Applied. Waiting for Active Directory replication; re-checking by itself.</source>
        <translation>Angewendet. Warten auf die Active-Directory-Replikation; wird selbsttätig erneut geprüft.</translation>
    </message>
    <message>
        <source>Applied, still pending. Check again later.</source>
        <translation>Angewendet, noch ausstehend. Später erneut prüfen.</translation>
    </message>
    <message>
        <source>Applied, but verification failed. The list says why.</source>
        <translation>Angewendet, aber die Überprüfung schlug fehl. Die Liste sagt, warum.</translation>
    </message>
    <message>
        <source>Export setup script</source>
        <translation>Einrichtungsskript exportieren</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripte (*.ps1)</translation>
    </message>
    <message>
        <source>Script not exported</source>
        <translation>Skript nicht exportiert</translation>
    </message>
    <message>
        <source>The script could not be written to %1: %2</source>
        <translation>Das Skript konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>otj::ui::StepPanel</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Setup steps and their state</source>
        <translation>Einrichtungsschritte und ihr Stand</translation>
    </message>
    <message>
        <source>%1 · current step</source>
        <translation>%1 · aktueller Schritt</translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Schritt %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>otj::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Check your choices and save the profile. The profile never contains a password.</source>
        <translation>Prüfen Sie Ihre Auswahl und speichern Sie das Profil. Das Profil enthält nie ein Kennwort.</translation>
    </message>
    <message>
        <source>Profile summary</source>
        <translation>Profilzusammenfassung</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>EWS URL %1</source>
        <translation>EWS-URL %1</translation>
    </message>
    <message>
        <source>Autodiscover from %1</source>
        <translation>Autodiscover ab %1</translation>
    </message>
    <message>
        <source>Autodiscover URL %1</source>
        <translation>Autodiscover-URL %1</translation>
    </message>
    <message>
        <source>Profile id: %1</source>
        <translation>Profil-ID: %1</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>  Endpoint: %1</source>
        <translation>  Endpunkt: %1</translation>
    </message>
    <message>
        <source>  EWS authentication: %1</source>
        <translation>  EWS-Authentifizierung: %1</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>NTLM</source>
        <translation>NTLM</translation>
    </message>
    <message>
        <source>  Remote PowerShell: %1</source>
        <translation>  Remote-PowerShell: %1</translation>
    </message>
    <message>
        <source>  Admin account: %1</source>
        <translation>  Administratorkonto: %1</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>  UPN: %1</source>
        <translation>  UPN: %1</translation>
    </message>
    <message>
        <source>  Display name: %1</source>
        <translation>  Anzeigename: %1</translation>
    </message>
    <message>
        <source>  Organizational unit: %1</source>
        <translation>  Organisationseinheit: %1</translation>
    </message>
    <message>
        <source>(Exchange&apos;s default)</source>
        <translation>(Exchange-Vorgabe)</translation>
    </message>
    <message>
        <source>  Account: %1</source>
        <translation>  Konto: %1</translation>
    </message>
    <message>
        <source>create a new one</source>
        <translation>neu anlegen</translation>
    </message>
    <message>
        <source>adopt an existing one</source>
        <translation>vorhandenes übernehmen</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>  Selected rooms: %1</source>
        <translation>  Ausgewählte Räume: %1</translation>
    </message>
    <message>
        <source>  Distribution group: %1</source>
        <translation>  Verteilergruppe: %1</translation>
    </message>
    <message>
        <source>Impersonation</source>
        <translation>Identitätswechsel</translation>
    </message>
    <message>
        <source>  Management scope: %1</source>
        <translation>  Verwaltungsbereich: %1</translation>
    </message>
    <message>
        <source>  Role assignment: %1</source>
        <translation>  Rollenzuweisung: %1</translation>
    </message>
    <message>
        <source>Calendar processing</source>
        <translation>Kalenderverarbeitung</translation>
    </message>
    <message>
        <source>  AutomateProcessing: %1</source>
        <translation>  AutomateProcessing: %1</translation>
    </message>
    <message>
        <source>True</source>
        <translation>True</translation>
    </message>
    <message>
        <source>False</source>
        <translation>False</translation>
    </message>
    <message>
        <source>  ProcessExternalMeetingMessages: %1</source>
        <translation>  ProcessExternalMeetingMessages: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Pexip Infinity</source>
        <translation>Pexip Infinity</translation>
    </message>
    <message>
        <source>  Management node: %1</source>
        <translation>  Management-Knoten: %1</translation>
    </message>
    <message>
        <source>  Admin user: %1</source>
        <translation>  Administratorbenutzer: %1</translation>
    </message>
    <message>
        <source>  Integration: %1</source>
        <translation>  Integration: %1</translation>
    </message>
    <message>
        <source>  Authentication: %1</source>
        <translation>  Authentifizierung: %1</translation>
    </message>
    <message>
        <source>  Find items quota: %1</source>
        <translation>  FindItem-Kontingent: %1</translation>
    </message>
    <message>
        <source>  Web proxy: %1</source>
        <translation>  Webproxy: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>used</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>File: not saved yet (use Save)
</source>
        <translation>Datei: noch nicht gespeichert (Speichern verwenden)
</translation>
    </message>
    <message>
        <source>File: %1
</source>
        <translation>Datei: %1
</translation>
    </message>
    <message>
        <source>  DeleteComments: %1</source>
        <translation>  DeleteComments: %1</translation>
    </message>
    <message>
        <source>  DeleteSubject: %1</source>
        <translation>  DeleteSubject: %1</translation>
    </message>
    <message>
        <source>  AddOrganizerToSubject: %1</source>
        <translation>  AddOrganizerToSubject: %1</translation>
    </message>
    <message>
        <source>  RemovePrivateProperty: %1</source>
        <translation>  RemovePrivateProperty: %1</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>Pr&amp;ofil:</translation>
    </message>
    <message>
        <source>  Exchange CA: none (publicly trusted certificate)</source>
        <translation>  CA für Exchange: keine (öffentlich vertrauenswürdiges Zertifikat)</translation>
    </message>
    <message>
        <source>  Exchange CA: %1, SHA-256 %2</source>
        <translation>  CA für Exchange: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>  Remote PowerShell sign-in: %1</source>
        <translation>  Remote-PowerShell-Anmeldung: %1</translation>
    </message>
    <message>
        <source>the admin account</source>
        <translation>das Administratorkonto</translation>
    </message>
    <message>
        <source>the Windows user running the wizard</source>
        <translation>der Windows-Benutzer, der den Assistenten ausführt</translation>
    </message>
</context>
<context>
    <name>otj::ui::ValidationPanel</name>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Validation progress</source>
        <translation>Prüfungsfortschritt</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Nur &amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>Validation results</source>
        <translation>Prüfungsergebnisse</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>E&amp;rgebnisse:</translation>
    </message>
    <message>
        <source>Cause and fix of the selected check</source>
        <translation>Ursache und Behebung der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>Select a check to see its cause and how to fix it.</source>
        <translation>Wählen Sie eine Prüfung, um Ursache und Behebung zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Fix for the selected check:</source>
        <translation>&amp;Behebung für die ausgewählte Prüfung:</translation>
    </message>
    <message>
        <source>Exchange is throttling the service account (%1): waiting %2 s (%3 s so far).</source>
        <translation>Exchange drosselt das Dienstkonto (%1): warte %2 s (bisher %3 s).</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <source>Could not run: %1 </source>
        <translation>Konnte nicht ausgeführt werden: %1 </translation>
    </message>
    <message>
        <source>%1 passed, %2 warnings, %3 failed, %4 skipped.</source>
        <translation>%1 bestanden, %2 Warnungen, %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Fix (%1):</source>
        <translation>Behebung (%1):</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>R&amp;un checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
</context>
<context>
    <name>otj::ui::ValidationTreeModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
</context>
<context>
    <name>otj::ui::VerificationPanel</name>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Verification of each change</source>
        <translation>Überprüfung jeder Änderung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Not verified yet: verification runs after apply.</source>
        <translation>Noch nicht überprüft: die Überprüfung folgt auf das Anwenden.</translation>
    </message>
    <message>
        <source>Verifying: reading Exchange again…</source>
        <translation>Überprüfung: Exchange wird erneut gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pending: %1 of %2 wait for Active Directory replication to reach Exchange Web Services. Nothing is wrong yet.</source>
        <translation>Ausstehend: %1 von %2 warten, bis die Active-Directory-Replikation die Exchange-Webdienste erreicht. Noch ist nichts falsch.</translation>
    </message>
    <message>
        <source>Verified: all %1 changes are in effect.</source>
        <translation>Überprüft: alle %1 Änderungen sind wirksam.</translation>
    </message>
    <message>
        <source>Verification failed for %1 of %2 changes.</source>
        <translation>Überprüfung für %1 von %2 Änderungen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Still pending after %1 minutes: check again later (Check now), or validate from the Summary page.</source>
        <translation>Nach %1 Minuten noch ausstehend: später erneut prüfen (Jetzt prüfen) oder auf der Seite Zusammenfassung validieren.</translation>
    </message>
    <message>
        <source>Checking again in %1 s</source>
        <translation>Erneute Prüfung in %1 s</translation>
    </message>
    <message>
        <source>Checking again now…</source>
        <translation>Wird jetzt erneut geprüft…</translation>
    </message>
</context>
<context>
    <name>otj::ui::WelcomePage</name>
    <message>
        <source>Open s&amp;elected</source>
        <translation>&amp;Auswahl öffnen</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Connect Pexip Infinity One-Touch Join to Microsoft Exchange on-premises. Start with a new setup profile or open one you saved before.</source>
        <translation>Verbinden Sie Pexip Infinity One-Touch Join mit Microsoft Exchange (lokal). Beginnen Sie mit einem neuen Einrichtungsprofil oder öffnen Sie ein früher gespeichertes.</translation>
    </message>
    <message>
        <source>A setup profile holds every decision you make in this wizard: the Exchange and Pexip endpoints, the service account, the rooms and the calendar policy. It never holds a password; passwords are kept in the system keychain.</source>
        <translation>Ein Einrichtungsprofil enthält jede Entscheidung, die Sie in diesem Assistenten treffen: die Exchange- und Pexip-Endpunkte, das Dienstkonto, die Räume und die Kalenderrichtlinie. Es enthält nie ein Kennwort; Kennwörter werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Ne&amp;w profile</source>
        <translation>Neues &amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>Profil ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Recent profiles:</source>
        <translation>Zuletzt ver&amp;wendete Profile:</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>Zuletzt verwendete Profile</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Diese Datei existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No recent profiles.</source>
        <translation>Keine zuletzt verwendeten Profile.</translation>
    </message>
    <message>
        <source>Current profile: a new profile with the recommended values, not saved yet.</source>
        <translation>Aktuelles Profil: ein neues Profil mit den empfohlenen Werten, noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Current profile: %1</source>
        <translation>Aktuelles Profil: %1</translation>
    </message>
    <message>
        <source>Start a new profile</source>
        <translation>Neues Profil beginnen</translation>
    </message>
    <message>
        <source>The current profile has unsaved changes. Discard them and start a new profile?</source>
        <translation>Das aktuelle Profil hat ungespeicherte Änderungen. Verwerfen und ein neues Profil beginnen?</translation>
    </message>
    <message>
        <source>Open setup profile</source>
        <translation>Einrichtungsprofil öffnen</translation>
    </message>
    <message>
        <source>Setup profiles (*.json);;All files (*)</source>
        <translation>Einrichtungsprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Opened, with notes:
%1</source>
        <translation>Geöffnet, mit Hinweisen:
%1</translation>
    </message>
</context>
<context>
    <name>otj::ui::WizardPage</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Braucht Aufmerksamkeit (%1)</translation>
    </message>
    <message>
        <source>Not checked (%1)</source>
        <translation>Nicht geprüft (%1)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
</context>
<context>
    <name>otj::validation</name>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
</TS>
