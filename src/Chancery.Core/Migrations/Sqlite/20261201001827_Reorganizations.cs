using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chancery.Core.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reorganizations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lineage_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    plan_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    operation_index = table.Column<int>(type: "INTEGER", nullable: false),
                    basis_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    basis_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    basis_issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    basis_title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lineage_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reorganization_plans",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    effective_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    basis_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    content = table.Column<string>(type: "TEXT", nullable: false),
                    result = table.Column<string>(type: "TEXT", nullable: false),
                    applied_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    applied_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reorganization_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lineage_links",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    predecessor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    successor_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lineage_links", x => x.id);
                    table.ForeignKey(
                        name: "FK_lineage_links_lineage_events_event_id",
                        column: x => x.event_id,
                        principalTable: "lineage_events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lineage_events_plan_id",
                table: "lineage_events",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "IX_lineage_links_event_id",
                table: "lineage_links",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_lineage_links_predecessor_id",
                table: "lineage_links",
                column: "predecessor_id");

            migrationBuilder.CreateIndex(
                name: "IX_lineage_links_successor_id",
                table: "lineage_links",
                column: "successor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lineage_links");

            migrationBuilder.DropTable(
                name: "reorganization_plans");

            migrationBuilder.DropTable(
                name: "lineage_events");
        }
    }
}
