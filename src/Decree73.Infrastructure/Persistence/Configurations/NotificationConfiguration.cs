using Decree73.Domain.Notifications;
using Decree73.Domain.People;
using Decree73.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Decree73.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.ConfigureEntityBase();
        builder.Property(n => n.DedupeKey).HasMaxLength(Notification.DedupeKeyMaxLength).IsRequired();
        builder.Property(n => n.EmailError).HasMaxLength(200);
        builder.HasOne<Officer>().WithMany().HasForeignKey(n => n.RecipientOfficerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(n => n.ProposalId).OnDelete(DeleteBehavior.Cascade);

        // "Never twice": a second insert of the same event fails here, whichever instance or restart attempts it.
        builder.HasIndex(n => n.DedupeKey).IsUnique();
        // The unread count in the navigation, on every page.
        builder.HasIndex(n => new { n.RecipientOfficerId, n.ReadAtUtc });
        // The list, newest first, keyset on Id.
        builder.HasIndex(n => new { n.RecipientOfficerId, n.Id });
        // The outbox: pending and claimed e-mails.
        builder.HasIndex(n => new { n.EmailState, n.Id });
    }
}
