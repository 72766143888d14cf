using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chancery.Core.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Delegations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "delegations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    delegator_appointment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    delegator_official_id = table.Column<Guid>(type: "uuid", nullable: false),
                    delegate_appointment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    delegate_official_id = table.Column<Guid>(type: "uuid", nullable: false),
                    passed_from_id = table.Column<Guid>(type: "uuid", nullable: true),
                    fields = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    supervised_units = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    document_kinds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    scope = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    runs_unit_from = table.Column<DateOnly>(type: "date", nullable: true),
                    runs_unit_to = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    revoked_from = table.Column<DateOnly>(type: "date", nullable: true),
                    overlap_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    basis_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    basis_date = table.Column<DateOnly>(type: "date", nullable: true),
                    basis_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delegations", x => x.id);
                    table.ForeignKey(
                        name: "FK_delegations_appointments_delegate_appointment_id",
                        column: x => x.delegate_appointment_id,
                        principalTable: "appointments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_delegations_appointments_delegator_appointment_id",
                        column: x => x.delegator_appointment_id,
                        principalTable: "appointments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_delegations_delegations_passed_from_id",
                        column: x => x.passed_from_id,
                        principalTable: "delegations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_delegations_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_delegations_delegate_appointment_id",
                table: "delegations",
                column: "delegate_appointment_id");

            migrationBuilder.CreateIndex(
                name: "IX_delegations_delegator_appointment_id",
                table: "delegations",
                column: "delegator_appointment_id");

            migrationBuilder.CreateIndex(
                name: "IX_delegations_passed_from_id",
                table: "delegations",
                column: "passed_from_id");

            migrationBuilder.CreateIndex(
                name: "IX_delegations_unit_id",
                table: "delegations",
                column: "unit_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delegations");
        }
    }
}
