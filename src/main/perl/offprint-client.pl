#!/usr/bin/perl
# offprint's thin client in Perl: the same as org.offprint.cli.daemon.Client (see Frames.java for the wire
# format), for machines that have Perl (every Debian and Ubuntu has it: perl-base is essential; macOS has it),
# because a Perl interpreter starts in a few milliseconds and a JVM in a hundred. Core modules only.
#
#   offprint-client.pl [--fallback N CMD...] SOCKET [ARG...]   run a command in the background server
#   offprint-client.pl --ping SOCKET       exit 0 if a server answers, and print what it says of itself
#   offprint-client.pl --stop SOCKET       stop the server
# Exit code 250: no server ran the command; 251: the server leaves it to a process of its own. With
# --fallback, the client then becomes the N words CMD... (the launcher's JVM for the command) instead, so that
# the launcher can exec the client and signals reach it directly: Ctrl-C, a kill or the client's death close the
# connection, and the server cancels the command. The client refuses (as "no server") a socket whose folder is
# not the user's own with no access for others.
#
# Start-up is most of what this client costs, so on Linux it loads no module (Socket and Cwd took 10-20 ms):
# the socket's constants and address are Linux's, and the folder is the kernel's /proc/self/cwd.
use strict;
use warnings;

my ($NOT_RUN, $NOT_SERVED, $RUN, $STOP, $PING) = (250, 251, 1, 2, 3);
my ($OUT, $ERR, $WANT_STDIN, $EXIT) = (1, 2, 3, 4);

my @fallback;
if (@ARGV > 1 && $ARGV[0] eq '--fallback') {
  my (undef, $n) = splice(@ARGV, 0, 2);
  @fallback = splice(@ARGV, 0, $n);
}
sub not_run {
  my ($code) = @_;
  exec { $fallback[0] } @fallback if @fallback;
  exit $code;
}

my ($kind, $path, @args) = ($RUN, @ARGV);
if (@ARGV == 2 && ($ARGV[0] eq '--ping' || $ARGV[0] eq '--stop')) {
  ($kind, $path, @args) = ($ARGV[0] eq '--stop' ? $STOP : $PING, $ARGV[1]);
}
die "usage: offprint-client.pl SOCKET [ARG...] | --stop SOCKET | --ping SOCKET\n" unless defined $path;

(my $folder = $path) =~ s{/[^/]*$}{};
my @folder = stat($folder eq '' ? '/' : $folder);
not_run($NOT_RUN) unless @folder && $folder[4] == $< && ($folder[2] & 077) == 0;
my ($address, $AF_UNIX, $SOCK_STREAM);
if ($^O eq 'linux' && length($path) < 108) {
  ($AF_UNIX, $SOCK_STREAM) = (1, 1);
  $address = pack('S a108', $AF_UNIX, $path);
} else {
  require Socket;
  ($AF_UNIX, $SOCK_STREAM) = (Socket::AF_UNIX(), Socket::SOCK_STREAM());
  $address = Socket::pack_sockaddr_un($path);
}
socket(my $server, $AF_UNIX, $SOCK_STREAM, 0) or not_run($NOT_RUN);
connect($server, $address) or not_run($NOT_RUN);
binmode $_ for $server, \*STDIN, \*STDOUT, \*STDERR;
$SIG{PIPE} = 'IGNORE'; # a closed stdout (as in `offprint ... | head`) is not the server's failure

sub str { return pack('N/a*', $_[0]) } # a 32-bit big-endian length, then the bytes

sub send_all {
  my ($bytes) = @_;
  while (length $bytes) {
    my $n = syswrite($server, $bytes);
    return 0 unless defined $n;
    substr($bytes, 0, $n) = '';
  }
  return 1;
}

sub write_all {
  my ($fh, $bytes) = @_;
  while (length $bytes) {
    my $n = syswrite($fh, $bytes);
    return unless defined $n; # as System.out does: the reader has gone, the rest goes nowhere
    substr($bytes, 0, $n) = '';
  }
}

my $ask = $kind == $RUN;
my @env = $ask ? sort keys %ENV : ();
my $cwd = '';
if ($ask) {
  $cwd = readlink('/proc/self/cwd');
  if (!defined $cwd) { require Cwd; $cwd = Cwd::getcwd(); }
}
my $request = pack('N C', 0x4f465032, $kind) . str($cwd)
  . pack('N', scalar @args) . join('', map { str($_) } @args)
  . pack('N', scalar @env) . join('', map { str($_) . str($ENV{$_}) } @env)
  . pack('C', ($ask && -t STDIN && -t STDOUT) ? 1 : 0)
  . pack('l>', $ask ? umask() : -1);
send_all($request) or not_run($NOT_RUN);

my ($buffer, $answered, $feeding) = ('', 0, 0);
while (1) {
  my $in = '';
  vec($in, fileno($server), 1) = 1;
  vec($in, fileno(STDIN), 1) = 1 if $feeding;
  next if select(my $ready = $in, undef, undef, undef) < 0;
  if ($feeding && vec($ready, fileno(STDIN), 1)) {
    my $n = sysread(STDIN, my $chunk, 65536);
    if ($n) {
      send_all(pack('N', $n) . $chunk);
    } else {
      send_all(pack('N', 0));
      $feeding = 0;
    }
  }
  next unless vec($ready, fileno($server), 1);
  my $n = sysread($server, $buffer, 65536, length $buffer);
  if (!$n) {
    not_run($NOT_RUN) unless $answered; # a server on its way out: nothing was done, so run it in a JVM
    print STDERR "offprint: the background server stopped during the command; OFFPRINT_DAEMON=0 runs offprint without it\n";
    exit 1;
  }
  while (length($buffer) >= 5) {
    my ($frame, $length) = unpack('C N', $buffer);
    last if length($buffer) < 5 + $length;
    my $data = substr($buffer, 5, $length);
    substr($buffer, 0, 5 + $length) = '';
    $answered = 1;
    if ($frame == $EXIT) {
      my $code = unpack('l>', $data);
      not_run($code) if $code == $NOT_RUN || $code == $NOT_SERVED;
      exit $code;
    } elsif ($frame == $WANT_STDIN) {
      if (defined fileno(STDIN)) { $feeding = 1 } else { send_all(pack('N', 0)) }
    } else {
      write_all($frame == $OUT ? \*STDOUT : \*STDERR, $data);
    }
  }
}
