using Chancery.Core.Errors;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Reorganizations;

/// <summary>
/// The data chunks of an ImportHierarchy call (after its header) as a read-only stream, read as the
/// core reads it, never held whole. A second header, or more than <see cref="MaxBytes"/>, is bad input.
/// </summary>
public sealed class ImportRequestStream(IAsyncStreamReader<ImportHierarchyRequest> requests) : Stream
{
    public const long MaxBytes = 512L * 1024 * 1024;

    private ReadOnlyMemory<byte> current;
    private long total;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => total;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (current.IsEmpty)
        {
            if (!await requests.MoveNext(cancellationToken))
            {
                return 0;
            }

            var message = requests.Current;
            if (message.PartCase != ImportHierarchyRequest.PartOneofCase.Data)
            {
                throw InputErrors.One("header", "Only the first message of an import is its header; the others carry the file's data.");
            }

            current = message.Data.Memory;
            total += current.Length;
            if (total > MaxBytes)
            {
                throw InputErrors.One("data", $"A hierarchy file has at most {MaxBytes / (1024 * 1024)} MiB.");
            }
        }

        var count = Math.Min(buffer.Length, current.Length);
        current[..count].CopyTo(buffer);
        current = current[count..];
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("The file of an import is read asynchronously.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
